using Beheermodule.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beheermodule.Core.Activation;

/// <summary>Forgets wrong-code attempts that no longer count towards a limit, hourly.</summary>
public sealed class ActivationHousekeeping(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ActivationHousekeeping> logger)
    : PeriodicJob(TimeSpan.FromHours(1), clock, logger)
{
    protected override string Name => "Activation housekeeping";

    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var forgotten = await scope.ServiceProvider.GetRequiredService<ActivationAttemptLimiter>().ForgetOldAttemptsAsync(cancellationToken);
        if (forgotten > 0)
        {
            logger.LogInformation("Activation housekeeping: {Count} old attempt(s) removed.", forgotten);
        }
    }
}
