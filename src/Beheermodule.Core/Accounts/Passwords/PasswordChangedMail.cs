using Beheermodule.Core.Mail;

namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// Sent to the holder after every password change or reset, so someone who did not do it themselves hears of it and
/// knows whom to call.
/// </summary>
public sealed record PasswordChangedMail : MailModel
{
    public override string TemplateName => "PasswordChanged";

    public override string Subject => "Uw wachtwoord voor eHerkenning is gewijzigd";

    public required string RecipientName { get; init; }
    public required string UserName { get; init; }

    /// <summary>"23 november 2026, 14:05".</summary>
    public required string ChangedAtText { get; init; }

    public required string ForgotPasswordUrl { get; init; }
    public required string HelpdeskPhone { get; init; }
    public required string HelpdeskHours { get; init; }
    public required string IssuerName { get; init; }
}
