namespace Beheermodule.Core.Hosting;

/// <summary>
/// One row per scheduled job: which instance holds the job now, until when, and the last run date it finished. A
/// job that must run once a day across several app instances takes this lease first (see <see cref="JobLeases"/>).
/// </summary>
public sealed class JobLease
{
    public string JobName { get; set; } = "";

    /// <summary>The instance and attempt holding the lease; empty when nobody ever took it.</summary>
    public string Holder { get; set; } = "";

    /// <summary>The lease holds until this moment; after it another instance may take the job over.</summary>
    public DateTime LeasedUntil { get; set; }

    /// <summary>The last run date (the job's own calendar day) that finished completely.</summary>
    public DateOnly? LastCompletedOn { get; set; }
}
