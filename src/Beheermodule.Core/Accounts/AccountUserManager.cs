using System.Linq.Expressions;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Beheermodule.Core.Throttling;

namespace Beheermodule.Core.Accounts;

/// <summary>
/// Identity's user manager with lockout on the injected clock: in .NET 10 Identity reads the system clock itself,
/// which would make lockout expiry untestable. Lockouts grow longer while they follow each other (<see cref="LockoutPeriods"/>).
/// Failures are counted in the database itself, never by saving a count read earlier.
/// </summary>
public sealed class AccountUserManager(
    IUserStore<UserAccount> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<UserAccount> passwordHasher,
    IEnumerable<IUserValidator<UserAccount>> userValidators,
    IEnumerable<IPasswordValidator<UserAccount>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<UserAccount>> logger,
    BeheermoduleDbContext db,
    RequestFailures failures,
    TimeProvider clock)
    : UserManager<UserAccount>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<UserAccount> LockoutStore => (IUserLockoutStore<UserAccount>)Store;

    public override async Task<bool> IsLockedOutAsync(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken))
        {
            return false;
        }
        var end = await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken);
        return end >= clock.GetUtcNow();
    }

    /// <summary>
    /// Counts one failure (a password or an OTP code) in a single UPDATE, so simultaneous failures are each counted
    /// exactly once and none ends in a concurrency error; the update that reaches the threshold also locks the
    /// account, for the period its earlier lockouts call for, and starts the count over. The tracked account is then
    /// brought up to date, so a later save in this request writes nothing stale.
    /// </summary>
    public override async Task<IdentityResult> AccessFailedAsync(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        failures.Record();
        var threshold = Options.Lockout.MaxFailedAccessAttempts;
        var lockedUntil = LockoutEndByEarlierLockouts(clock.GetUtcNow());
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.LockoutEnd, lockedUntil)
            .SetProperty(u => u.ConsecutiveLockouts, u => u.AccessFailedCount + 1 >= threshold ? u.ConsecutiveLockouts + 1 : u.ConsecutiveLockouts)
            .SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1 >= threshold ? 0 : u.AccessFailedCount + 1), CancellationToken);
        await RefreshLockoutAsync(user);
        return IdentityResult.Success;
    }

    /// <summary>
    /// u => the new LockoutEnd: unchanged below the threshold, else now plus the period for the account's earlier
    /// lockouts, as one CASE the database evaluates on the row it updates.
    /// </summary>
    private Expression<Func<UserAccount, DateTimeOffset?>> LockoutEndByEarlierLockouts(DateTimeOffset now)
    {
        var account = Expression.Parameter(typeof(UserAccount), "u");
        var earlier = Expression.Property(account, nameof(UserAccount.ConsecutiveLockouts));
        var first = Options.Lockout.DefaultLockoutTimeSpan;
        var steps = 0;
        while (LockoutPeriods.For(first, steps) < LockoutPeriods.Longest)
        {
            steps++;
        }
        Expression lockedUntil = Expression.Constant(now.Add(LockoutPeriods.Longest), typeof(DateTimeOffset?));
        for (var i = steps - 1; i >= 0; i--)
        {
            lockedUntil = Expression.Condition(Expression.Equal(earlier, Expression.Constant(i)),
                Expression.Constant(now.Add(LockoutPeriods.For(first, i)), typeof(DateTimeOffset?)), lockedUntil);
        }
        var reachesThreshold = Expression.GreaterThanOrEqual(
            Expression.Add(Expression.Property(account, nameof(UserAccount.AccessFailedCount)), Expression.Constant(1)),
            Expression.Constant(Options.Lockout.MaxFailedAccessAttempts));
        var unchanged = Expression.Property(account, nameof(UserAccount.LockoutEnd));
        return Expression.Lambda<Func<UserAccount, DateTimeOffset?>>(Expression.Condition(reachesThreshold, lockedUntil, unchanged), account);
    }

    /// <summary>Copies the stored count, lockout and lockouts in a row into the tracked account, as unchanged values.</summary>
    private async Task RefreshLockoutAsync(UserAccount user)
    {
        var stored = await db.Users.AsNoTracking().Where(u => u.Id == user.Id)
            .Select(u => new { u.AccessFailedCount, u.LockoutEnd, u.ConsecutiveLockouts }).SingleAsync(CancellationToken);
        var entry = db.Entry(user);
        foreach (var (name, value) in new (string, object?)[]
        {
            (nameof(UserAccount.AccessFailedCount), stored.AccessFailedCount),
            (nameof(UserAccount.LockoutEnd), stored.LockoutEnd),
            (nameof(UserAccount.ConsecutiveLockouts), stored.ConsecutiveLockouts),
        })
        {
            var property = entry.Property(name);
            property.CurrentValue = value;
            property.OriginalValue = value;
            property.IsModified = false;
        }
    }

    /// <summary>
    /// Called by the sign-in manager after a successful log-in only. Unlike the base method it also saves when the
    /// failure count is already zero, as it is right after a lockout, so the escalation really starts over.
    /// </summary>
    public override async Task<IdentityResult> ResetAccessFailedCountAsync(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.AccessFailedCount == 0 && user.ConsecutiveLockouts == 0)
        {
            return IdentityResult.Success;
        }
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(s => s
            .SetProperty(u => u.AccessFailedCount, 0)
            .SetProperty(u => u.ConsecutiveLockouts, 0), CancellationToken);
        await RefreshLockoutAsync(user);
        return IdentityResult.Success;
    }
}
