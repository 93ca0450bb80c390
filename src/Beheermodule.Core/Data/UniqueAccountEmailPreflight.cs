using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Data;

/// <summary>
/// Before the migration that makes account addresses unique: when two accounts already share an address, the
/// migration would fail on the index with a bare constraint error, or an operator might be tempted to merge people.
/// This stops the start with the duplicates listed, so staff can give each person their own address first.
/// </summary>
public static class UniqueAccountEmailPreflight
{
    public const string Migration = "UniqueAccountEmail";

    public static async Task CheckAsync(BeheermoduleDbContext db, CancellationToken cancellationToken)
    {
        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken);
        if (!applied.Any() || !pending.Any(m => m.EndsWith("_" + Migration, StringComparison.Ordinal)))
        {
            return;
        }
        var duplicates = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedEmail != null)
            .GroupBy(u => u.NormalizedEmail!)
            .Where(g => g.Count() > 1)
            .Select(g => new { Address = g.Key, UserNames = g.Select(u => u.UserName).ToList() })
            .ToListAsync(cancellationToken);
        if (duplicates.Count > 0)
        {
            var report = string.Join(Environment.NewLine, duplicates.Select(d => $"  {d.Address}: {string.Join(", ", d.UserNames)}"));
            throw new InvalidOperationException(
                $"The migration {Migration} makes every account's e-mail address unique, but {duplicates.Count} address(es) belong to more than one account:" +
                $"{Environment.NewLine}{report}{Environment.NewLine}Let each of these people change to an address of their own on their profile (or correct the address in the database), then migrate again. Nobody was merged.");
        }
    }
}
