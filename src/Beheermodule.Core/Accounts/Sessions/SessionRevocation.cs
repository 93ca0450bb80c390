using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beheermodule.Core.Accounts.Sessions;

/// <summary>
/// A new security stamp (log-out, a new password, a disabled account, a revoked responder) deletes the account's
/// server-side sessions in the same save, so they end at once rather than at the next stamp check.
/// </summary>
public sealed class SessionRevocation : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            foreach (var accountId in NewStamps(db))
            {
                db.RemoveRange(db.Set<AccountSession>().Where(s => s.UserAccountId == accountId).ToList());
            }
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            foreach (var accountId in NewStamps(db))
            {
                db.RemoveRange(await db.Set<AccountSession>().Where(s => s.UserAccountId == accountId).ToListAsync(cancellationToken));
            }
        }
        return result;
    }

    /// <summary>Identity marks every column modified on each update, so a new stamp is told by its value.</summary>
    private static List<string> NewStamps(DbContext db) =>
        db.ChangeTracker.Entries<UserAccount>()
            .Where(e => e.State == EntityState.Modified && e.Property(u => u.SecurityStamp).OriginalValue != e.Entity.SecurityStamp)
            .Select(e => e.Entity.Id)
            .ToList();
}
