using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Profile;

/// <summary>
/// A holder replaces their OTP responder (rule 7) with a new authenticator app. In one transaction the new responder
/// is saved, every older one is revoked, and the security stamp is renewed so sessions elsewhere end; the holder gets
/// a notice by e-mail. The caller makes sure the person proved the old responder moments ago.
/// </summary>
public sealed class ResponderReplacement(
    BeheermoduleDbContext db, AuthenticatorEnrolment enrolment, UserManager<UserAccount> users, AuditLog audit, MailOutbox outbox,
    IOptions<IssuerOptions> issuer, TimeProvider clock)
{
    /// <summary>True when the code proved the new app and the old responders are revoked; false when the code was wrong.</summary>
    public async Task<bool> ReplaceAsync(UserAccount account, string? sealedSeed, string? code, CancellationToken cancellationToken = default)
    {
        var actor = AuditActor.Account(account.UserName!);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await enrolment.CompleteAsync(account.Id, account.UserName!, sealedSeed, code, cancellationToken);
        if (added is null)
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var old = await db.OtpResponders
            .Where(r => r.UserAccountId == account.Id && r.Status == OtpResponderStatus.Active && r.Id != added.Id)
            .ToListAsync(cancellationToken);
        foreach (var responder in old)
        {
            responder.Status = OtpResponderStatus.Revoked;
            responder.RevokedAt = now;
            audit.Record(actor, "otp.revoked", details: $"{responder.Label} ({responder.Kind.DisplayName()}), vervangen door een nieuwe authenticator-app");
        }
        // The flag follows the responder, as at activation: from now on the second step asks for the new app's code.
        account.TwoFactorEnabled = true;
        await users.UpdateSecurityStampAsync(account);
        EnqueueNotice(account, now);
        audit.Record(actor, "otp.replaced", details: $"{old.Count} oude responder(s) ingetrokken");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private void EnqueueNotice(UserAccount account, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(account.Email))
        {
            return;
        }
        var name = AccountNames.Display(account);
        outbox.Enqueue(account.Email, name, new ResponderReplacedMail
        {
            RecipientName = name,
            UserName = account.UserName!,
            ReplacedAtText = DutchDates.FormatWithTime(now),
            ForgotPasswordUrl = issuer.Value.Link("inloggen/wachtwoord-vergeten"),
            HelpdeskPhone = issuer.Value.HelpdeskPhone,
            HelpdeskHours = issuer.Value.HelpdeskHours,
            IssuerName = issuer.Value.Name,
        });
    }
}
