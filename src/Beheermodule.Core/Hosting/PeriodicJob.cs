using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Beheermodule.Core.Hosting;

/// <summary>
/// A background job that runs at start-up and then every interval, on every app instance. A pass that fails is
/// logged and tried again at the next tick; the work itself must be safe to run on several instances at once.
/// </summary>
public abstract class PeriodicJob(TimeSpan interval, TimeProvider clock, ILogger logger) : BackgroundService
{
    /// <summary>The job's name in the log, e.g. "Registration housekeeping".</summary>
    protected abstract string Name { get; }

    protected abstract Task RunPassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        do
        {
            try
            {
                await RunPassAsync(stoppingToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("{Job} met another instance doing the same; it runs again later.", Name);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "{Job} failed; it runs again later.", Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
