using System.Threading.RateLimiting;
using Beheermodule.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// Password and code attempts per username, over every IP address: the per-IP limit alone lets a botnet try one
/// account from many addresses. Keyed by the normalised name, so "JAnsen" and "jansen " share one budget; unknown
/// names count too, so the limit does not tell which names exist.
/// </summary>
public sealed class UserNameSignInLimiter(IOptions<RateLimitingOptions> options) : IDisposable
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(userName =>
        RateLimitPartition.GetFixedWindowLimiter(userName, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInAttemptsPerUserNamePerQuarterHour,
            Window = Window,
        }));

    /// <summary>False when this username (as Identity normalises it) has used up its attempts; the caller answers 429.</summary>
    public bool TryAcquire(string normalisedUserName)
    {
        using var lease = _limiter.AttemptAcquire(normalisedUserName);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
