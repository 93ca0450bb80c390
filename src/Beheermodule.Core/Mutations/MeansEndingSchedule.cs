using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Beheermodule.Core.Mutations;

/// <summary>Hourly: means whose end moment (opzeggen on a later date) has come become Ended.</summary>
public sealed class MeansEndingSchedule(IServiceScopeFactory scopes, TimeProvider clock, ILogger<MeansEndingSchedule> logger) : BackgroundService
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Means ending met another instance doing the same; it runs again later.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Means ending failed; it runs again later.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
