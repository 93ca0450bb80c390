using Beheermodule.Core.Audit;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts;

/// <summary>The helpdesk lifts a lock-out after checking who is calling: the lock ends and the failure count restarts.</summary>
public sealed class AccountUnlock(UserManager<UserAccount> users, AuditLog audit)
{
    /// <summary>Null when unlocked; otherwise why not, in Dutch.</summary>
    public async Task<string?> UnlockAsync(string accountId, string staff)
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null)
        {
            return "Dit account bestaat niet (meer).";
        }
        var wasLockedUntil = account.LockoutEnd;
        var failures = account.AccessFailedCount;
        // Set directly and saved once, so the change and its audit event are one SaveChanges.
        account.LockoutEnd = null;
        account.AccessFailedCount = 0;
        audit.Record(AuditActor.Account(staff), "account.unlocked",
            details: $"{account.UserName}: {(wasLockedUntil is { } until ? $"geblokkeerd tot {until.UtcDateTime:yyyy-MM-dd HH:mm} UTC" : "niet geblokkeerd")}, {failures} mislukte pogingen.");
        var result = await users.UpdateAsync(account);
        return result.Succeeded ? null : "Het account is intussen gewijzigd. Probeer het opnieuw.";
    }
}
