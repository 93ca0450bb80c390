using Beheermodule.Core.Mail;

namespace Beheermodule.Core.AuthorizationManagement.Lifetimes;

/// <summary>
/// Sent to a legal representative a few days before unused aanmeldcodes of their organisation expire, with the way
/// to a new activation letter (rule 4), so no colleague is left without a working means.
/// </summary>
public sealed record ActivationCodeExpiringMail : MailModel
{
    public override string TemplateName => "ActivationCodeExpiring";

    public override string Subject => $"Aanmeldcode voor eHerkenning bij {OrganisationName} verloopt binnenkort";

    public required string RecipientName { get; init; }
    public required string OrganisationName { get; init; }
    public required IReadOnlyList<ExpiringActivationCode> Codes { get; init; }

    /// <summary>The mutation form for a new activation letter.</summary>
    public required string NewLetterUrl { get; init; }

    public required string ActivationUrl { get; init; }
    public required string HelpdeskPhone { get; init; }
    public required string HelpdeskHours { get; init; }
    public required string IssuerName { get; init; }
}

/// <summary>A holder whose code has not been used yet, and when it stops working.</summary>
public sealed record ExpiringActivationCode(string HolderName, string ExpiresAtText);
