using Beheermodule.Core.Backoffice;

namespace Beheermodule.Core.Mutations;

/// <summary>The outcome of a staff action on a mutation, as <see cref="ReviewResult"/> is for applications.</summary>
public sealed record MutationResult(ReviewOutcome Outcome, string? Message = null)
{
    public const string ConflictMessage =
        "Een collega heeft deze mutatie zojuist behandeld of gewijzigd. Uw actie is niet uitgevoerd; bekijk de nieuwe stand en beslis opnieuw.";

    public static readonly MutationResult NotFound = new(ReviewOutcome.NotFound);
    public static readonly MutationResult Conflict = new(ReviewOutcome.Conflict, ConflictMessage);

    /// <summary>Done; <paramref name="outcome"/> says what was done, in Dutch, for staff and the customer.</summary>
    public static MutationResult Done(string outcome) => new(ReviewOutcome.Done, outcome);

    public static MutationResult Refused(string message) => new(ReviewOutcome.Refused, message);
}
