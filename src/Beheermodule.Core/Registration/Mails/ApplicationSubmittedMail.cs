using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Registration.Mails;

/// <summary>To each legal representative after an EH2-or-higher application is submitted (EH1 gets <see cref="ConfirmApplicationMail"/>).</summary>
public sealed record ApplicationSubmittedMail : MailModel
{
    public override string TemplateName => "ApplicationSubmitted";

    public override string Subject => $"Wij hebben uw aanvraag {Reference} ontvangen";

    public required string RecipientName { get; init; }
    public required string Reference { get; init; }
    public required string OrganisationName { get; init; }
    public required string KvkNumber { get; init; }

    /// <summary>"EH3".</summary>
    public required string LevelName { get; init; }

    public required string StatusUrl { get; init; }

    /// <summary>EH2 and up: the contract must be printed, signed and posted.</summary>
    public required bool NeedsContract { get; init; }

    public required string IssuerName { get; init; }

    /// <summary>One line: "Postbus 18, 8200 AA Lelystad".</summary>
    public required string IssuerPostalAddress { get; init; }

    public required bool IsRush { get; init; }

    /// <summary>"23 november 2026, 14:05".</summary>
    public required string SubmittedAtText { get; init; }
}
