namespace Beheermodule.Core.Backoffice;

public enum ReviewOutcome
{
    Done,

    /// <summary>Another staff member changed the application first; nothing of this action was saved.</summary>
    Conflict,

    /// <summary>A rule refuses the action; <see cref="ReviewResult.Message"/> says which.</summary>
    Refused,

    NotFound,
}

public sealed record ReviewResult(ReviewOutcome Outcome, string? Message = null)
{
    public const string ConflictMessage =
        "Een collega heeft deze aanvraag zojuist gewijzigd. Uw actie is niet uitgevoerd; bekijk de nieuwe stand en beslis opnieuw.";

    public static readonly ReviewResult Done = new(ReviewOutcome.Done);
    public static readonly ReviewResult NotFound = new(ReviewOutcome.NotFound);
    public static readonly ReviewResult Conflict = new(ReviewOutcome.Conflict, ConflictMessage);

    public static ReviewResult Refused(string message) => new(ReviewOutcome.Refused, message);
}
