using Beheermodule.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beheermodule.Core.Mutations;

/// <summary>Hourly: means whose end moment (opzeggen on a later date) has come become Ended.</summary>
public sealed class MeansEndingSchedule(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MeansEndingSchedule> logger)
    : PeriodicJob(Interval, clock, logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var ended = await scope.ServiceProvider.GetRequiredService<MeansEnding>().EndDueAsync(cancellationToken);
        if (ended > 0)
        {
            logger.LogInformation("Means ending: {Ended} means reached their end date.", ended);
        }
        return ended;
    }

    protected override string Name => "Means ending";

    protected override Task RunPassAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
