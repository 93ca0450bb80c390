using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Accounts.Recovery;

/// <summary>Rule 8: the usernames of the accounts with this e-mail address, sent to that address only.</summary>
public sealed record UserNameReminderMail : MailModel
{
    public override string TemplateName => "UserNameReminder";

    public override string Subject => "Uw gebruikersnaam voor eHerkenning";

    public required string RecipientName { get; init; }

    /// <summary>Every account on this address; usually one.</summary>
    public required IReadOnlyList<string> UserNames { get; init; }

    public required string LoginUrl { get; init; }
    public required string IssuerName { get; init; }
}
