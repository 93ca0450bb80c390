using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Accounts.Recovery;

/// <summary>Rule 8: the link to choose a new password, sent to the account's own address only.</summary>
public sealed record PasswordResetMail : MailModel
{
    public override string TemplateName => "PasswordReset";

    public override string Subject => "Nieuw wachtwoord kiezen voor eHerkenning";

    public required string RecipientName { get; init; }
    public required string UserName { get; init; }
    public required string ResetUrl { get; init; }

    /// <summary>"23 november 2026, 15:05": when the link stops working.</summary>
    public required string ValidUntilText { get; init; }

    public required string IssuerName { get; init; }
}
