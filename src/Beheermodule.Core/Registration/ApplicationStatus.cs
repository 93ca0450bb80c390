namespace Beheermodule.Core.Registration;

/// <summary>The application's lifecycle (domain.md, Lifecycles). The wizard's draft is stored apart, as ApplicationDraft.</summary>
public enum ApplicationStatus
{
    AwaitingConfirmation = 10,
    AwaitingContract = 20,
    UnderReview = 30,
    Incomplete = 40,
    Approved = 50,
    Completed = 60,
    Rejected = 70,
    Expired = 80,
}

public static class ApplicationStatusExtensions
{
    /// <summary>Every transition drawn in domain.md; anything else is refused.</summary>
    private static readonly Dictionary<ApplicationStatus, ApplicationStatus[]> Allowed = new()
    {
        [ApplicationStatus.AwaitingConfirmation] = [ApplicationStatus.Approved, ApplicationStatus.Expired],
        [ApplicationStatus.AwaitingContract] = [ApplicationStatus.UnderReview],
        [ApplicationStatus.UnderReview] = [ApplicationStatus.Incomplete, ApplicationStatus.Approved, ApplicationStatus.Rejected],
        [ApplicationStatus.Incomplete] = [ApplicationStatus.UnderReview, ApplicationStatus.Approved, ApplicationStatus.Rejected],
        [ApplicationStatus.Approved] = [ApplicationStatus.Completed],
        [ApplicationStatus.Completed] = [],
        [ApplicationStatus.Rejected] = [],
        [ApplicationStatus.Expired] = [],
    };

    public static bool CanMoveTo(this ApplicationStatus from, ApplicationStatus to) =>
        Allowed.TryGetValue(from, out var next) && next.Contains(to);

    public static string DisplayName(this ApplicationStatus status) => status switch
    {
        ApplicationStatus.AwaitingConfirmation => "Wacht op bevestiging",
        ApplicationStatus.AwaitingContract => "Wacht op contract",
        ApplicationStatus.UnderReview => "Te beoordelen",
        ApplicationStatus.Incomplete => "Onvolledig",
        ApplicationStatus.Approved => "Goedgekeurd",
        ApplicationStatus.Completed => "Afgerond",
        ApplicationStatus.Rejected => "Afgewezen",
        ApplicationStatus.Expired => "Verlopen",
        _ => status.ToString(),
    };

    public static bool IsFinal(this ApplicationStatus status) =>
        !Allowed.TryGetValue(status, out var next) || next.Length == 0;
}
