using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Accounts.Profile;

/// <summary>Rule 9: the link that applies a new e-mail address, sent to that new address, so it is proved to be the holder's.</summary>
public sealed record EmailChangeConfirmationMail : MailModel
{
    public override string TemplateName => "EmailChangeConfirmation";

    public override string Subject => "Bevestig uw nieuwe e-mailadres voor eHerkenning";

    public required string RecipientName { get; init; }
    public required string UserName { get; init; }
    public required string NewEmail { get; init; }
    public required string ConfirmUrl { get; init; }

    /// <summary>"24 november 2026, 15:05": when the link stops working.</summary>
    public required string ValidUntilText { get; init; }

    public required string IssuerName { get; init; }
}
