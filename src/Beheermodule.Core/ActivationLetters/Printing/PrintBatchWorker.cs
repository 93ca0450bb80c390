using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ActivationLetters.Printing;

/// <summary>Renders queued print batches in the background, one at a time, woken by the signal or a poll.</summary>
public sealed class PrintBatchWorker(
    PrintBatchRenderer renderer,
    PrintBatchSignal signal,
    IOptions<PrintingOptions> options,
    TimeProvider clock,
    ILogger<PrintBatchWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var rendered = false;
            try
            {
                rendered = await renderer.RenderNextAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database hiccup must not stop the host: the next pass tries again.
                logger.LogError(ex, "Print pass failed.");
            }
            if (!rendered && !await signal.WaitForNextPassAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), clock, stoppingToken))
            {
                return;
            }
        }
    }
}
