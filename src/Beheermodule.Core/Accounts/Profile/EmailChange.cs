using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Profile;

public enum EmailChangeOutcome
{
    /// <summary>Request: the link went to the new address. Confirmation: the address is changed.</summary>
    Done,

    /// <summary>The new address is the account's own already.</summary>
    Unchanged,

    /// <summary>Another person's account or means has the address (rule 9: never another person's address).</summary>
    Taken,

    /// <summary>The link is garbled, expired, already used, or for another account: one answer for all of them.</summary>
    LinkRefused,
}

/// <summary>
/// Rule 9: a holder changes their own e-mail address, never to another person's (<see cref="EmailAddressOwnership"/>:
/// an account, or a colleague's means not activated yet). The link that applies it goes to the new address (built
/// from the configured public address, never from the request) and works 24 hours and once; the old address hears
/// that a change was asked. The confirmed address becomes the holder's address on every means of the account too,
/// so reminders, mutations and upgrades find them by it.
/// </summary>
public sealed class EmailChange(UserManager<UserAccount> users, BeheermoduleDbContext db, EmailAddressOwnership ownership, MailOutbox outbox, AuditLog audit,
    IOptions<IssuerOptions> issuer, TimeProvider clock)
{
    public const string ConfirmPagePath = "profiel/e-mail-bevestigen";

    public async Task<EmailChangeOutcome> RequestAsync(UserAccount account, string newEmail, CancellationToken cancellationToken = default)
    {
        var address = newEmail.Trim();
        var actor = AuditActor.Account(account.UserName!);
        var refusal = await RefusalAsync(account, address, cancellationToken);
        if (refusal is not null)
        {
            audit.Record(actor, "account.email-change-requested", AuditOutcome.Refused, details: $"{Reason(refusal.Value)}: {address}");
            await db.SaveChangesAsync(cancellationToken);
            return refusal.Value;
        }
        var token = await users.GenerateChangeEmailTokenAsync(account, address);
        var name = AccountNames.Display(account);
        var now = clock.GetUtcNow().UtcDateTime;
        outbox.Enqueue(address, name, new EmailChangeConfirmationMail
        {
            RecipientName = name,
            UserName = account.UserName!,
            NewEmail = address,
            ConfirmUrl = issuer.Value.Link($"{ConfirmPagePath}?adres={Uri.EscapeDataString(address)}&code={token}"),
            ValidUntilText = DutchDates.FormatWithTime(now + EmailChangeTokenProvider.ValidFor),
            IssuerName = issuer.Value.Name,
        });
        if (!string.IsNullOrWhiteSpace(account.Email))
        {
            outbox.Enqueue(account.Email, name, new EmailChangeRequestedMail
            {
                RecipientName = name,
                UserName = account.UserName!,
                NewEmail = address,
                RequestedAtText = DutchDates.FormatWithTime(now),
                ForgotPasswordUrl = issuer.Value.Link("inloggen/wachtwoord-vergeten"),
                HelpdeskPhone = issuer.Value.HelpdeskPhone,
                HelpdeskHours = issuer.Value.HelpdeskHours,
                IssuerName = issuer.Value.Name,
            });
        }
        audit.Record(actor, "account.email-change-requested", details: $"{account.Email} -> {address}");
        await db.SaveChangesAsync(cancellationToken);
        return EmailChangeOutcome.Done;
    }

    /// <summary>True when the link is for this account and this address and still works; nothing changes yet.</summary>
    public async Task<bool> LinkWorksAsync(UserAccount account, string? newEmail, string? code) =>
        !string.IsNullOrWhiteSpace(newEmail) && !string.IsNullOrEmpty(code)
        && await users.VerifyUserTokenAsync(account, users.Options.Tokens.ChangeEmailTokenProvider, UserManager<UserAccount>.GetChangeEmailTokenPurpose(newEmail), code);

    /// <summary>Applies the change the link asks for, checking again that no other account took the address meanwhile.</summary>
    public async Task<EmailChangeOutcome> ConfirmAsync(UserAccount account, string? newEmail, string? code, CancellationToken cancellationToken = default)
    {
        var actor = AuditActor.Account(account.UserName!);
        // Identity saves the account itself; the transaction keeps its save, the check and the audit event one change.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var outcome = !await LinkWorksAsync(account, newEmail, code)
            ? EmailChangeOutcome.LinkRefused
            : await RefusalAsync(account, newEmail!, cancellationToken);
        if (outcome is not null)
        {
            audit.Record(actor, "account.email-changed", AuditOutcome.Refused, details: $"{Reason(outcome.Value)}: {newEmail}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return outcome.Value;
        }
        var previous = account.Email;
        var result = await users.ChangeEmailAsync(account, newEmail!, code!);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Changing the e-mail address of {account.UserName} failed: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }
        var means = await db.Means.Where(m => m.UserAccountId == account.Id)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.HolderEmail, newEmail!.Trim()), cancellationToken);
        audit.Record(actor, "account.email-changed", details: $"{previous} -> {newEmail} (ook bij {means} middel{(means == 1 ? "" : "en")})");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EmailChangeOutcome.Done;
    }

    private async Task<EmailChangeOutcome?> RefusalAsync(UserAccount account, string address, CancellationToken cancellationToken)
    {
        var normalised = users.NormalizeEmail(address);
        if (normalised == account.NormalizedEmail)
        {
            return EmailChangeOutcome.Unchanged;
        }
        return await ownership.IsAnotherPersonsAsync(address, account, cancellationToken) ? EmailChangeOutcome.Taken : null;
    }

    private static string Reason(EmailChangeOutcome outcome) => outcome switch
    {
        EmailChangeOutcome.Unchanged => "al het eigen adres",
        EmailChangeOutcome.Taken => "adres van een ander persoon",
        EmailChangeOutcome.LinkRefused => "link ongeldig, verlopen of al gebruikt",
        _ => outcome.ToString(),
    };
}
