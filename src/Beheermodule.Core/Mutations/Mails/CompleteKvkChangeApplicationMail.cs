using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Mutations.Mails;

/// <summary>Rule 11: the new application for the new KvK number is ready, filled in from the old one; the link opens it.</summary>
public sealed record CompleteKvkChangeApplicationMail : MailModel
{
    public override string TemplateName => "CompleteKvkChangeApplication";

    public override string Subject => $"Rond de aanvraag voor uw nieuwe KvK-nummer af ({Reference})";

    public required string RecipientName { get; init; }

    /// <summary>The mutation's reference.</summary>
    public required string Reference { get; init; }

    public required string OrganisationName { get; init; }
    public required string OldKvkNumber { get; init; }
    public required string NewKvkNumber { get; init; }
    public required string ResumeUrl { get; init; }

    /// <summary>"7 december 2026, 14:05".</summary>
    public required string ExpiresAtText { get; init; }

    public required string IssuerName { get; init; }
}
