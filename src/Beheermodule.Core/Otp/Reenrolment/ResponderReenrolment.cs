using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Beheermodule.Core.Throttling;

namespace Beheermodule.Core.Otp.Reenrolment;

/// <summary>
/// A holder whose responder was revoked or lost registers a new one (rule 7). The password alone must not do it, or
/// it would replace the second factor: the helpdesk checks the caller by phone and e-mails a link to the account's own
/// address; the link's page then asks the password and a code from the new responder. So it takes the password and
/// the mailbox. The link is made from the configured public address, works one hour, and dies once a responder is
/// enrolled (<see cref="ResponderReenrolmentTokenProvider"/>).
/// </summary>
public sealed class ResponderReenrolment(
    BeheermoduleDbContext db, UserManager<UserAccount> users, AuthenticatorEnrolment authenticator, HardwareTokenEnrolment hardwareTokens,
    OtpVerifier otp, MailOutbox outbox, AuditLog audit, RequestFailures failures, IOptions<IssuerOptions> issuer, TimeProvider clock)
{
    public const string PagePath = "otp-responder/opnieuw";

    /// <summary>Staff send the link after checking the caller; null when sent, otherwise why not, in Dutch.</summary>
    public async Task<string?> SendLinkAsync(string accountId, string staff, CancellationToken cancellationToken = default)
    {
        var actor = AuditActor.Account(staff);
        var account = await users.FindByIdAsync(accountId);
        if (account is null)
        {
            return "Dit account bestaat niet (meer).";
        }
        var refusal = await RefusalAsync(account, cancellationToken);
        if (refusal is not null)
        {
            audit.Record(actor, "otp.reenrolment-link-sent", AuditOutcome.Refused, details: $"{account.UserName}: {refusal}");
            await db.SaveChangesAsync(cancellationToken);
            return refusal;
        }
        var token = await users.GenerateUserTokenAsync(account, ResponderReenrolmentTokenProvider.Name, ResponderReenrolmentTokenProvider.Purpose);
        var name = AccountNames.Display(account);
        outbox.Enqueue(account.Email!, name, new ResponderReenrolmentLinkMail
        {
            RecipientName = name,
            UserName = account.UserName!,
            ReenrolmentUrl = issuer.Value.Link($"{PagePath}?account={Uri.EscapeDataString(account.Id)}&sleutel={token}"),
            ValidUntilText = DutchDates.FormatWithTime((clock.GetUtcNow() + ResponderReenrolmentTokenProvider.ValidFor).UtcDateTime),
            HelpdeskPhone = issuer.Value.HelpdeskPhone,
            HelpdeskHours = issuer.Value.HelpdeskHours,
            IssuerName = issuer.Value.Name,
        });
        audit.Record(actor, "otp.reenrolment-link-sent", details: $"{account.UserName}: naar {account.Email}");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Why the helpdesk may not send a link to this account now; null when it may.</summary>
    private async Task<string?> RefusalAsync(UserAccount account, CancellationToken cancellationToken)
    {
        if (AccountDisabling.IsDisabled(account))
        {
            return "Dit account is geblokkeerd door de helpdesk. Ontgrendel het eerst als de houder weer mag inloggen.";
        }
        if (await users.IsLockedOutAsync(account))
        {
            return "Dit account is tijdelijk vergrendeld na mislukte pogingen. Ontgrendel het eerst, dan kan de houder zijn wachtwoord typen.";
        }
        if (string.IsNullOrWhiteSpace(account.Email))
        {
            return "Bij dit account staat geen e-mailadres, dus er kan geen link heen.";
        }
        if (await otp.HasActiveResponderAsync(account.Id, cancellationToken))
        {
            return "Dit account heeft nog een actieve OTP-responder. Trek die eerst in als hij verloren of kapot is.";
        }
        return null;
    }

    /// <summary>The account the link is for, or null when the link does not work (garbled, expired, used, someone else's).</summary>
    public async Task<UserAccount?> AccountForLinkAsync(string? accountId, string? code)
    {
        if (string.IsNullOrEmpty(accountId) || string.IsNullOrEmpty(code) || await users.FindByIdAsync(accountId) is not { } account)
        {
            return null;
        }
        return await users.VerifyUserTokenAsync(account, ResponderReenrolmentTokenProvider.Name, ResponderReenrolmentTokenProvider.Purpose, code)
            ? account
            : null;
    }

    /// <summary>Audits a link that did not work, so repeated tries with old or made-up links show in the trail.</summary>
    public async Task RecordRefusedLinkAsync(AuditActor actor, CancellationToken cancellationToken = default)
    {
        failures.Record();
        audit.Record(actor, "otp.reenrolment", AuditOutcome.Refused, details: "link ongeldig, verlopen of al gebruikt");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Audits the password step; the failure count itself is kept by Identity, as at log-in.</summary>
    public async Task RecordPasswordAsync(UserAccount account, bool proved, CancellationToken cancellationToken = default)
    {
        audit.Record(AuditActor.Account(account.UserName!), "otp.reenrolment-password", proved ? AuditOutcome.Success : AuditOutcome.Refused,
            details: proved ? "wachtwoord klopt" : "wachtwoord onjuist of account vergrendeld");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>True when the code proved the app holds the seed and the responder is saved.</summary>
    public Task<bool> EnrolAuthenticatorAsync(UserAccount account, string? sealedSeed, string? code, CancellationToken cancellationToken = default) =>
        EnrolAsync(account, () => authenticator.CompleteAsync(account.Id, account.UserName!, sealedSeed, code, cancellationToken),
            "een authenticator-app", cancellationToken);

    /// <summary>True when the token is in stock, free, and the code is one of its codes.</summary>
    public Task<bool> EnrolHardwareTokenAsync(UserAccount account, string? serialNumber, string? code, CancellationToken cancellationToken = default) =>
        EnrolAsync(account, () => hardwareTokens.CompleteAsync(account.Id, account.UserName!, serialNumber, code, cancellationToken),
            null, cancellationToken);

    /// <summary>
    /// The caller checked the link and the password proof just before. The responder, the security stamp (which also
    /// ends the link), the notice and the audit event are one transaction.
    /// </summary>
    private async Task<bool> EnrolAsync(UserAccount account, Func<Task<OtpResponder?>> enrol, string? responderText, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The page checked the link before this transaction; a responder enrolled in between (a second tab) ends it here.
        if (await otp.HasActiveResponderAsync(account.Id, cancellationToken))
        {
            await transaction.CommitAsync(cancellationToken);
            return false;
        }
        var responder = await enrol();
        if (responder is null)
        {
            // A refusal is committed too: its audit event is all it saved.
            await transaction.CommitAsync(cancellationToken);
            return false;
        }
        var text = responderText ?? $"{responder.Kind.DisplayName()} {responder.SerialNumber}";
        // The flag follows the responder, as at activation: from now on the second step asks for the new code.
        account.TwoFactorEnabled = true;
        await users.UpdateSecurityStampAsync(account);
        var now = clock.GetUtcNow().UtcDateTime;
        EnqueueNotice(account, text, now);
        audit.Record(AuditActor.Account(account.UserName!), "otp.reenrolled", details: $"{text}, via de link van de helpdesk");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private void EnqueueNotice(UserAccount account, string responderText, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(account.Email))
        {
            return;
        }
        var name = AccountNames.Display(account);
        outbox.Enqueue(account.Email, name, new ResponderReenrolledMail
        {
            RecipientName = name,
            UserName = account.UserName!,
            ResponderText = responderText,
            EnrolledAtText = DutchDates.FormatWithTime(now),
            ForgotPasswordUrl = issuer.Value.Link("inloggen/wachtwoord-vergeten"),
            HelpdeskPhone = issuer.Value.HelpdeskPhone,
            HelpdeskHours = issuer.Value.HelpdeskHours,
            IssuerName = issuer.Value.Name,
        });
    }
}
