using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Recovery;

/// <summary>
/// Forgotten username (rule 8): the usernames go by e-mail to the address typed, and only there. The caller shows
/// the same answer whether or not the address is known, so the page cannot be used to find out who has an account.
/// </summary>
public sealed class UserNameReminder(BeheermoduleDbContext db, MailOutbox outbox, AuditLog audit, IOptions<IssuerOptions> issuer)
{
    public async Task SendAsync(string email, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var normalised = email.Trim().ToUpperInvariant();
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail == normalised)
            .OrderBy(u => u.UserName)
            .Select(u => new { u.UserName, u.Email, u.Initials, u.Surname })
            .ToListAsync(cancellationToken);
        if (accounts.Count == 0)
        {
            audit.Record(actor, "account.username-reminder", AuditOutcome.Refused, details: "Onbekend e-mailadres.");
        }
        else
        {
            var first = accounts[0];
            outbox.Enqueue(first.Email!, $"{first.Initials} {first.Surname}".Trim(), new UserNameReminderMail
            {
                RecipientName = $"{first.Initials} {first.Surname}".Trim(),
                UserNames = accounts.Select(a => a.UserName!).ToList(),
                LoginUrl = issuer.Value.Link("inloggen"),
                IssuerName = issuer.Value.Name,
            });
            audit.Record(actor, "account.username-reminder", details: $"{accounts.Count} gebruikersnaam/-namen gemaild.");
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
