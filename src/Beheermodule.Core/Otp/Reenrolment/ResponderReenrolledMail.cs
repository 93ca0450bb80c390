using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Otp.Reenrolment;

/// <summary>
/// Rule 7: a notice that a new OTP responder was registered through the helpdesk's link, so a registration the
/// holder did not make is noticed. Not <c>ResponderReplacedMail</c>: that one speaks of an authenticator app taking
/// the place of a working responder, while here the old one was already revoked and the new one may be a token.
/// </summary>
public sealed record ResponderReenrolledMail : MailModel
{
    public override string TemplateName => "ResponderReenrolled";

    public override string Subject => "Er is een nieuwe OTP-responder gekoppeld aan uw eHerkenning-account";

    public required string RecipientName { get; init; }
    public required string UserName { get; init; }

    /// <summary>"een authenticator-app", "OTP-token TK-0001".</summary>
    public required string ResponderText { get; init; }

    public required string EnrolledAtText { get; init; }
    public required string ForgotPasswordUrl { get; init; }
    public required string HelpdeskPhone { get; init; }
    public required string HelpdeskHours { get; init; }
    public required string IssuerName { get; init; }
}
