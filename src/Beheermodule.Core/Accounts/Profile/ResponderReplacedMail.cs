using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Accounts.Profile;

/// <summary>Rule 7: a notice that the account's OTP responder was replaced, so a change the holder did not make is noticed.</summary>
public sealed record ResponderReplacedMail : MailModel
{
    public override string TemplateName => "ResponderReplaced";

    public override string Subject => "Uw OTP-responder voor eHerkenning is vervangen";

    public required string RecipientName { get; init; }
    public required string UserName { get; init; }
    public required string ReplacedAtText { get; init; }
    public required string ForgotPasswordUrl { get; init; }
    public required string HelpdeskPhone { get; init; }
    public required string HelpdeskHours { get; init; }
    public required string IssuerName { get; init; }
}
