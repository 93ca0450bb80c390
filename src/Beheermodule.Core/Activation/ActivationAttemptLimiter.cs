using Beheermodule.Core.Throttling;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Activation;

/// <summary>
/// Limits guessing aanmeldcodes: strictly per browser, and per IP address high enough for a whole office behind one
/// address. Only wrong codes count: a holder with the right letter is never held up by them.
/// </summary>
public sealed class ActivationAttemptLimiter(FailureLedger ledger, IOptions<ActivationOptions> options)
{
    /// <summary>Counts the attempt in advance; refused when the browser or the address is over its limit.</summary>
    public Task<CountedAttempt> CountAttemptAsync(string browserId, string clientAddress, CancellationToken cancellationToken = default)
    {
        var limits = options.Value;
        return ledger.CountAttemptAsync(
        [
            new FailureLimit("activation-browser:" + browserId, limits.FailedAttemptsPerQuarterHour, limits.FailedAttemptsPerDay),
            new FailureLimit("activation-address:" + clientAddress, limits.FailedAttemptsPerAddressPerQuarterHour, limits.FailedAttemptsPerAddressPerDay),
        ], cancellationToken);
    }

    /// <summary>The code was right: the attempt does not count.</summary>
    public Task ForgiveAsync(CountedAttempt attempt, CancellationToken cancellationToken = default) => ledger.ForgiveAsync(attempt, cancellationToken);
}
