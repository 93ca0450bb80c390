using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Registration.Mails;

/// <summary>To each legal representative on every state change of an application.</summary>
public sealed record ApplicationStatusChangedMail : MailModel
{
    public override string TemplateName => "ApplicationStatusChanged";

    public override string Subject => $"Nieuwe status van uw aanvraag {Reference}: {StatusName}";

    public required string RecipientName { get; init; }
    public required string Reference { get; init; }
    public required string OrganisationName { get; init; }

    /// <summary>"Goedgekeurd".</summary>
    public required string StatusName { get; init; }

    /// <summary>What the applicant must do now; empty when nothing.</summary>
    public string WhatNowText { get; init; } = "";

    /// <summary>The helpdesk's explanation; empty when none.</summary>
    public string Note { get; init; } = "";

    public required string StatusUrl { get; init; }
    public required string IssuerName { get; init; }
}
