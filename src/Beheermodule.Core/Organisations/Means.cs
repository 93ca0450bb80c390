using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Organisations;

/// <summary>
/// Middel: one person's eHerkenning means for one organisation, optionally bound to one vestiging. Its holder's
/// account is bound at activation.
/// </summary>
public sealed class Means
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public string? BranchNumber { get; set; }
    public AssuranceLevel Level { get; set; }
    public MeansStatus Status { get; set; } = MeansStatus.AwaitingActivation;

    public int ApplicationId { get; set; }
    public int ApplicationPersonId { get; set; }

    public string HolderInitials { get; set; } = "";
    public string HolderSurname { get; set; } = "";
    public DateOnly HolderDateOfBirth { get; set; }
    public string HolderEmail { get; set; } = "";
    public string HolderMobile { get; set; } = "";

    /// <summary>The account that activated it; null while awaiting activation.</summary>
    public string? UserAccountId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ActivatedAt { get; set; }
    public DateTime? EndsAt { get; set; }
}

public enum MeansStatus
{
    AwaitingActivation = 10,
    Active = 20,
    Suspended = 30,
    Ended = 40,
}

public static class MeansStatusExtensions
{
    /// <summary>The state's name in the UI (domain.md, lifecycles).</summary>
    public static string DisplayName(this MeansStatus status) => status switch
    {
        MeansStatus.AwaitingActivation => "Wacht op activering",
        MeansStatus.Active => "Actief",
        MeansStatus.Suspended => "Opgeschort",
        MeansStatus.Ended => "Beëindigd",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
