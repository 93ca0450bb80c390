using Beheermodule.Core.Audit;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts;

/// <summary>
/// The helpdesk blocks an account (a lost phone, a report of misuse): it is locked without end, and a new security
/// stamp ends its sessions at the next check, within a minute. Unlocking lifts it again.
/// </summary>
public sealed class AccountDisabling(UserManager<UserAccount> users, AuditLog audit)
{
    /// <summary>The lock-out end that marks an account blocked by staff rather than by failed attempts.</summary>
    public static readonly DateTimeOffset Indefinitely = DateTimeOffset.MaxValue;

    public static bool IsDisabled(UserAccount account) => account.LockoutEnd == Indefinitely;

    /// <summary>Null when blocked; otherwise why not, in Dutch.</summary>
    public async Task<string?> DisableAsync(string accountId, string staff, string reason)
    {
        var account = await users.FindByIdAsync(accountId);
        if (account is null)
        {
            return "Dit account bestaat niet (meer).";
        }
        account.LockoutEnabled = true;
        account.LockoutEnd = Indefinitely;
        // Saved with the lock and its audit event in one SaveChanges; the session store drops the sessions with it.
        account.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        audit.Record(AuditActor.Account(staff), "account.disabled", details: $"{account.UserName}: {reason}");
        var result = await users.UpdateAsync(account);
        return result.Succeeded ? null : "Het account is intussen gewijzigd. Probeer het opnieuw.";
    }
}
