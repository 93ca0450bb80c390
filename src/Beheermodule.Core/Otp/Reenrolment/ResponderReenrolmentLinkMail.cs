using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Otp.Reenrolment;

/// <summary>The link to register a new OTP responder, sent by the helpdesk to the account's own address after a phone check.</summary>
public sealed record ResponderReenrolmentLinkMail : MailModel
{
    public override string TemplateName => "ResponderReenrolmentLink";

    public override string Subject => "Nieuwe OTP-responder koppelen voor eHerkenning";

    public required string RecipientName { get; init; }
    public required string UserName { get; init; }
    public required string ReenrolmentUrl { get; init; }

    /// <summary>"23 november 2026, 15:05": when the link stops working.</summary>
    public required string ValidUntilText { get; init; }

    public required string HelpdeskPhone { get; init; }
    public required string HelpdeskHours { get; init; }
    public required string IssuerName { get; init; }
}
