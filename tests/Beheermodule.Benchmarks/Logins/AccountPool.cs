using System.Collections.Concurrent;
using Beheermodule.Core.Otp;

namespace Beheermodule.Benchmarks.Logins;

/// <summary>
/// Hands out accounts whose authenticator has a code not yet used: the app accepts each TOTP step once per
/// account, so an account used in this 30-second step waits for the next. Oldest-used first, so when the first in
/// line is not ready, none is.
/// </summary>
internal sealed class AccountPool(IEnumerable<BenchmarkAccount> accounts)
{
    private readonly ConcurrentQueue<(BenchmarkAccount Account, long UsedStep)> _queue = new(accounts.Select(a => (a, -1L)));

    public static long CurrentStep => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / TotpCode.StepSeconds;

    public async Task<BenchmarkAccount> TakeAsync()
    {
        while (true)
        {
            if (_queue.TryDequeue(out var entry))
            {
                if (entry.UsedStep < CurrentStep)
                {
                    return entry.Account;
                }
                _queue.Enqueue(entry);
            }
            // Every account has been used in this step: too few accounts for the rate; the figures would show it.
            await Task.Delay(20);
        }
    }

    public void Return(BenchmarkAccount account, long usedStep) => _queue.Enqueue((account, usedStep));
}
