namespace Beheermodule.Core.Registration;

/// <summary>One step on the applicant's timeline.</summary>
public sealed class ApplicationStatusChange
{
    public int Id { get; set; }
    public int ApplicationId { get; set; }
    public ApplicationStatus Status { get; set; }
    public DateTime At { get; set; }

    /// <summary>What the applicant should know about this step, shown on the status page.</summary>
    public string? Note { get; set; }
}
