using Beheermodule.Core.Hosting;
using Beheermodule.Core.Registration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.AuthorizationManagement.Lifetimes;

/// <summary>
/// Runs today's check (Dutch calendar day) once across all app instances: whoever takes the lease first does it;
/// the others see it done, or leased, and leave it.
/// </summary>
public sealed class AuthorizationLifetimesDailyRun(
    JobLeases leases,
    AuthorizationLifetimes lifetimes,
    IOptions<AuthorizationLifetimesOptions> options,
    TimeProvider clock,
    ILogger<AuthorizationLifetimesDailyRun> logger)
{
    public const string JobName = "authorization-lifetimes";

    /// <summary>The counts when this call did today's run; null when it was done, or is being done, elsewhere.</summary>
    public async Task<DailyRunCounts?> RunIfDueAsync(CancellationToken cancellationToken = default)
    {
        var today = DutchDates.Today(clock);
        if (await leases.HasCompletedAsync(JobName, today, cancellationToken))
        {
            return null;
        }
        var lease = await leases.TryTakeAsync(JobName, today, options.Value.LeaseDuration, cancellationToken);
        if (lease is null)
        {
            return null;
        }
        try
        {
            var counts = await lifetimes.RunAsync(today, cancellationToken);
            await leases.CompleteAsync(lease, CancellationToken.None);
            logger.LogInformation("Daily check of machtigingen for {Day}: {Counts}.", today, counts.Describe());
            return counts;
        }
        catch
        {
            // Not finished: free the run, so the next check (here or on another instance) does it again.
            await leases.ReleaseAsync(lease, CancellationToken.None);
            throw;
        }
    }
}
