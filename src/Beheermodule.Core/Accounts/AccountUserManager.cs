using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts;

/// <summary>
/// Identity's user manager with lockout on the injected clock: in .NET 10 Identity reads the system clock itself,
/// which would make lockout expiry untestable. Lockouts grow longer while they follow each other (<see cref="LockoutPeriods"/>).
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

    public override async Task<IdentityResult> AccessFailedAsync(UserAccount user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var count = await LockoutStore.IncrementAccessFailedCountAsync(user, CancellationToken);
        if (count >= Options.Lockout.MaxFailedAccessAttempts)
        {
            var period = LockoutPeriods.For(Options.Lockout.DefaultLockoutTimeSpan, user.ConsecutiveLockouts);
            await LockoutStore.SetLockoutEndDateAsync(user, clock.GetUtcNow().Add(period), CancellationToken);
            await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
            user.ConsecutiveLockouts++;
        }
        return await UpdateUserAsync(user);
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
        await LockoutStore.ResetAccessFailedCountAsync(user, CancellationToken);
        user.ConsecutiveLockouts = 0;
        return await UpdateUserAsync(user);
    }
}
