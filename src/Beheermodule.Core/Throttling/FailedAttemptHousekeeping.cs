using Beheermodule.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beheermodule.Core.Throttling;

/// <summary>Forgets failed attempts that no longer count towards a limit, hourly.</summary>
public sealed class FailedAttemptHousekeeping(IServiceScopeFactory scopes, TimeProvider clock, ILogger<FailedAttemptHousekeeping> logger)
    : PeriodicJob(TimeSpan.FromHours(1), clock, logger)
{
    protected override string Name => "Failed attempt housekeeping";

    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var forgotten = await scope.ServiceProvider.GetRequiredService<FailureLedger>().ForgetOldAttemptsAsync(cancellationToken);
        if (forgotten > 0)
        {
            logger.LogInformation("Failed attempt housekeeping: {Count} old attempt(s) removed.", forgotten);
        }
    }
}
