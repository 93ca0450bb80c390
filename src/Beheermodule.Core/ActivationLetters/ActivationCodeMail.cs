using Beheermodule.Core.Mail;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>EH1: the aanmeldcode goes to the means holder by e-mail instead of by letter (rule 2).</summary>
public sealed record ActivationCodeMail : MailModel
{
    public override string TemplateName => "ActivationCode";

    public override string Subject => $"Uw aanmeldcode voor eHerkenning ({OrganisationName})";

    public required string RecipientName { get; init; }
    public required string OrganisationName { get; init; }
    public required string KvkNumber { get; init; }
    public required string LevelName { get; init; }

    /// <summary>"ABCD-EFGH-JKMN": in clear only in this e-mail.</summary>
    public required string ActivationCode { get; init; }

    /// <summary>"23 december 2026, 10:15".</summary>
    public required string ValidUntilText { get; init; }

    public required string ActivationUrl { get; init; }
    public required string HelpdeskPhone { get; init; }
    public required string HelpdeskHours { get; init; }
    public required string IssuerName { get; init; }
}
