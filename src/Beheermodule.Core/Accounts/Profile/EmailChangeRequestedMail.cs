using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Accounts.Profile;

/// <summary>Rule 9: a notice to the current address that someone asked to move the account to another address.</summary>
public sealed record EmailChangeRequestedMail : MailModel
{
    public override string TemplateName => "EmailChangeRequested";

    public override string Subject => "Wijziging van uw e-mailadres voor eHerkenning aangevraagd";

    public required string RecipientName { get; init; }
    public required string UserName { get; init; }
    public required string NewEmail { get; init; }
    public required string RequestedAtText { get; init; }
    public required string ForgotPasswordUrl { get; init; }
    public required string HelpdeskPhone { get; init; }
    public required string HelpdeskHours { get; init; }
    public required string IssuerName { get; init; }
}
