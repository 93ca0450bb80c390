using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Registration.Mails;

/// <summary>EH1: the applicant confirms the application with the link (rule 2).</summary>
public sealed record ConfirmApplicationMail : MailModel
{
    public override string TemplateName => "ConfirmApplication";

    public override string Subject => $"Bevestig uw aanvraag {Reference}";

    public required string RecipientName { get; init; }
    public required string Reference { get; init; }
    public required string OrganisationName { get; init; }
    public required string ConfirmUrl { get; init; }

    /// <summary>When the link stops working (7 days after submitting): "30 november 2026, 14:05".</summary>
    public required string ExpiresAtText { get; init; }

    public required string StatusUrl { get; init; }
    public required string IssuerName { get; init; }
}
