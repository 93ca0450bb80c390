using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Registration;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>Queues the "your password was changed" notice in the caller's unit of work.</summary>
public sealed class PasswordChangeNotice(MailOutbox outbox, IOptions<IssuerOptions> issuer, TimeProvider clock)
{
    /// <summary>An account without an e-mail address gets no notice; there is nowhere to send it.</summary>
    public void Enqueue(UserAccount account)
    {
        if (string.IsNullOrWhiteSpace(account.Email))
        {
            return;
        }
        var name = AccountNames.Display(account);
        outbox.Enqueue(account.Email, name, new PasswordChangedMail
        {
            RecipientName = name,
            UserName = account.UserName!,
            ChangedAtText = DutchDates.FormatWithTime(clock.GetUtcNow().UtcDateTime),
            ForgotPasswordUrl = issuer.Value.Link("inloggen/wachtwoord-vergeten"),
            HelpdeskPhone = issuer.Value.HelpdeskPhone,
            HelpdeskHours = issuer.Value.HelpdeskHours,
            IssuerName = issuer.Value.Name,
        });
    }
}
