using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts.Passwords;

public enum PasswordChangeOutcome
{
    Changed,

    /// <summary>The current password was wrong, or the account is locked: the same answer for both.</summary>
    WrongCurrentPassword,

    /// <summary>The new password breaks the policy; the reasons are in <see cref="PasswordChangeResult.Problems"/>.</summary>
    Refused,
}

public sealed record PasswordChangeResult(PasswordChangeOutcome Outcome, IReadOnlyList<string> Problems);

/// <summary>
/// A signed-in holder changes their own password: the current one first, which counts towards the lockout like a
/// log-in, so this form cannot be used to guess it. The new hash, the audit event and the notice are one save.
/// </summary>
public sealed class PasswordChange(UserManager<UserAccount> users, BeheermoduleDbContext db, AuditLog audit, PasswordChangeNotice notice)
{
    public async Task<PasswordChangeResult> ChangeAsync(UserAccount account, string currentPassword, string newPassword, CancellationToken cancellationToken = default)
    {
        var actor = AuditActor.Account(account.UserName!);
        // Identity saves the account itself; the transaction keeps its save and ours one change.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.IsLockedOutAsync(account) || !await users.CheckPasswordAsync(account, currentPassword))
        {
            await users.AccessFailedAsync(account);
            audit.Record(actor, "account.password-changed", AuditOutcome.Refused, details: "huidig wachtwoord onjuist of account vergrendeld");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(PasswordChangeOutcome.WrongCurrentPassword, []);
        }
        var changed = await users.ChangePasswordAsync(account, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            // Refused by the validator before anything was written: only the audit event is saved.
            audit.Record(actor, "account.password-changed", AuditOutcome.Refused, details: string.Join(", ", changed.Errors.Select(e => e.Code)));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new(PasswordChangeOutcome.Refused, changed.Errors.Select(e => e.Description).ToList());
        }
        await users.ResetAccessFailedCountAsync(account);
        audit.Record(actor, "account.password-changed");
        notice.Enqueue(account);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(PasswordChangeOutcome.Changed, []);
    }
}
