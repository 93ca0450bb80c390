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

    /// <summary>
    /// The higher level of an approved upgrade (rule 13), until its new aanmeldcode is activated: then it becomes the
    /// level. The means is suspended from the moment that letter is printed.
    /// </summary>
    public AssuranceLevel? PendingLevel { get; set; }

    public MeansStatus Status { get; set; } = MeansStatus.AwaitingActivation;

    /// <summary>In use, with an approved upgrade whose letter is on its way or waiting to be activated (rule 13).</summary>
    public bool IsBeingUpgraded => PendingLevel is not null && Status is MeansStatus.Active or MeansStatus.Suspended;

    public int ApplicationId { get; set; }
    public int ApplicationPersonId { get; set; }

    public string HolderInitials { get; set; } = "";
    public string HolderSurname { get; set; } = "";
    public DateOnly HolderDateOfBirth { get; set; }
    public string HolderEmail { get; set; } = "";
    public string HolderMobile { get; set; } = "";

    /// <summary>"J. de Vries", as every page, letter and mail names the holder.</summary>
    public string HolderName => $"{HolderInitials} {HolderSurname}".Trim();

    /// <summary>The state as pages name it, with an upgrade on its way: "Opgeschort, wordt opgewaardeerd naar EH3".</summary>
    public string StateDisplayName => Status.DisplayName(PendingLevel);

    /// <summary>The account that activated it; null while awaiting activation.</summary>
    public string? UserAccountId { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? ActivatedAt { get; set; }

    /// <summary>When the means ends (opzeggen, or a new KvK number); it becomes Ended at this moment.</summary>
    public DateTime? EndsAt { get; set; }

    /// <summary>Ends the means at <paramref name="at"/>: at once when that moment has come, otherwise when <see cref="EndIfDue"/> sees it.</summary>
    /// <summary>The holder's name or address as a signed mutation gives them; the person stays the same.</summary>
    public void ChangeHolder(string initials, string surname, string email) =>
        (HolderInitials, HolderSurname, HolderEmail) = (initials, surname, email);

    public void EndAt(DateTime at, DateTime now)
    {
        if (Status == MeansStatus.Ended)
        {
            throw new InvalidOperationException($"Means {Id} has ended already.");
        }
        EndsAt = at;
        EndIfDue(now);
    }

    /// <summary>Moves to Ended once its end moment has passed; true when it did so now.</summary>
    public bool EndIfDue(DateTime now)
    {
        if (Status == MeansStatus.Ended || EndsAt is not { } endsAt || endsAt > now)
        {
            return false;
        }
        Status = MeansStatus.Ended;
        return true;
    }
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

    /// <summary>The state's name, and the level an upgrade (rule 13) is bringing the means to.</summary>
    public static string DisplayName(this MeansStatus status, AssuranceLevel? upgradingTo) =>
        upgradingTo is { } level ? $"{status.DisplayName()}, wordt opgewaardeerd naar {level.DisplayName()}" : status.DisplayName();
}
