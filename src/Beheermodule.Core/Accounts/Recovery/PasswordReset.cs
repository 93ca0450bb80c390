using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Beheermodule.Core.Throttling;

namespace Beheermodule.Core.Accounts.Recovery;

public enum PasswordResetOutcome
{
    Reset,

    /// <summary>The link is garbled, expired, already used, or for no account: one answer for all of them.</summary>
    LinkRefused,

    /// <summary>The new password breaks the policy; the reasons are in <see cref="PasswordResetResult.Problems"/>.</summary>
    PasswordRefused,
}

public sealed record PasswordResetResult(PasswordResetOutcome Outcome, IReadOnlyList<string> Problems);

/// <summary>
/// Forgotten password (rule 8): a link by e-mail to the account's own address, built from the configured public
/// address (never from the request), valid one hour and once. Setting the new password does not sign anyone in, so
/// an account with an OTP responder still needs its code at the next log-in.
/// </summary>
public sealed class PasswordReset(UserManager<UserAccount> users, BeheermoduleDbContext db, MailOutbox outbox, AuditLog audit,
    PasswordChangeNotice notice, RequestFailures failures, IOptions<IssuerOptions> issuer, TimeProvider clock)
{
    public const string PagePath = "inloggen/wachtwoord-herstellen";

    /// <summary>
    /// The caller shows the same answer whether or not the user name is known. Both paths look the account up and
    /// save one audit event; only a known one also queues a mail.
    /// </summary>
    public async Task SendLinkAsync(string userName, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var typed = userName.Trim();
        var account = await users.FindByNameAsync(typed);
        if (account is null || string.IsNullOrWhiteSpace(account.Email))
        {
            audit.Record(actor, "account.password-reset-requested", AuditOutcome.Refused,
                details: $"{(account is null ? "onbekende gebruikersnaam" : "geen e-mailadres")}: {Shortened(typed)}");
        }
        else
        {
            var token = await users.GeneratePasswordResetTokenAsync(account);
            var name = AccountNames.Display(account);
            outbox.Enqueue(account.Email, name, new PasswordResetMail
            {
                RecipientName = name,
                UserName = account.UserName!,
                ResetUrl = issuer.Value.Link($"{PagePath}?account={Uri.EscapeDataString(account.Id)}&code={token}"),
                ValidUntilText = DutchDates.FormatWithTime((clock.GetUtcNow() + PasswordResetTokenProvider.ValidFor).UtcDateTime),
                IssuerName = issuer.Value.Name,
            });
            audit.Record(actor, "account.password-reset-requested", details: account.UserName);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The account the link is for, or null when the link does not work (any reason).</summary>
    public async Task<UserAccount?> AccountForLinkAsync(string? accountId, string? code)
    {
        if (string.IsNullOrEmpty(accountId) || string.IsNullOrEmpty(code) || await users.FindByIdAsync(accountId) is not { } account)
        {
            return null;
        }
        return await users.VerifyUserTokenAsync(account, users.Options.Tokens.PasswordResetTokenProvider, UserManager<UserAccount>.ResetPasswordTokenPurpose, code)
            ? account
            : null;
    }

    /// <summary>Audits a link that did not work, so repeated tries with old or made-up links show in the trail.</summary>
    public async Task RecordRefusedLinkAsync(AuditActor actor, CancellationToken cancellationToken = default)
    {
        failures.Record();
        audit.Record(actor, "account.password-reset", AuditOutcome.Refused, details: "link ongeldig, verlopen of al gebruikt");
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<PasswordResetResult> ResetAsync(string? accountId, string? code, string newPassword, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var account = await AccountForLinkAsync(accountId, code);
        if (account is null)
        {
            await RecordRefusedLinkAsync(actor, cancellationToken);
            return new(PasswordResetOutcome.LinkRefused, []);
        }
        // Identity saves the account itself; the transaction keeps its save and ours one change.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var reset = await users.ResetPasswordAsync(account, code!, newPassword);
        if (!reset.Succeeded)
        {
            audit.Record(actor, "account.password-reset", AuditOutcome.Refused, details: $"{account.UserName}: {string.Join(", ", reset.Errors.Select(e => e.Code))}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(PasswordResetOutcome.PasswordRefused, reset.Errors.Select(e => e.Description).ToList());
        }
        audit.Record(actor, "account.password-reset", details: account.UserName);
        notice.Enqueue(account);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(PasswordResetOutcome.Reset, []);
    }

    private static string Shortened(string text) => text.Length <= 64 ? text : text[..64] + "…";
}
