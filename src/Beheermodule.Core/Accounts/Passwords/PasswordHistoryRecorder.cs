using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// Writes every new password hash to the history in the same save that sets it, and drops the ones beyond the
/// history depth. Done at the save rather than in the user manager because Identity sets passwords on several private
/// paths (create, change, reset). Recorded under either preset, so switching to afsprakenstelsel works at once.
/// </summary>
public sealed class PasswordHistoryRecorder(IOptions<PasswordPolicyOptions> options, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } db)
        {
            foreach (var (accountId, hash) in NewHashes(db))
            {
                db.RemoveRange(Older(db, accountId).ToList());
                Add(db, accountId, hash);
            }
        }
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } db)
        {
            foreach (var (accountId, hash) in NewHashes(db))
            {
                db.RemoveRange(await Older(db, accountId).ToListAsync(cancellationToken));
                Add(db, accountId, hash);
            }
        }
        return result;
    }

    /// <summary>
    /// Identity's store marks every column modified on each update (a failed log-in too), so a new password is told
    /// by its value differing from the one loaded.
    /// </summary>
    private static List<(string AccountId, string Hash)> NewHashes(DbContext db) =>
        db.ChangeTracker.Entries<UserAccount>()
            .Where(e => e.Entity.PasswordHash is not null && (e.State == EntityState.Added
                || e.State == EntityState.Modified && e.Property(u => u.PasswordHash).OriginalValue != e.Entity.PasswordHash))
            .Select(e => (e.Entity.Id, e.Entity.PasswordHash!))
            .ToList();

    /// <summary>The stored entries that fall out once the new one is added; newest first by insertion order.</summary>
    private IQueryable<PasswordHistory> Older(DbContext db, string accountId) =>
        db.Set<PasswordHistory>().Where(h => h.UserAccountId == accountId).OrderByDescending(h => h.Id).Skip(options.Value.HistoryDepth - 1);

    private void Add(DbContext db, string accountId, string hash) =>
        db.Add(new PasswordHistory { UserAccountId = accountId, PasswordHash = hash, CreatedAt = clock.GetUtcNow().UtcDateTime });
}
