using System.Threading.Channels;

namespace Beheermodule.Core.Hosting;

/// <summary>Wakes a background worker when new work was committed, so it need not wait for its next poll.</summary>
public abstract class WakeUpSignal
{
    // One pending wake-up is enough: a pass handles everything that is waiting.
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Notify() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Completes when notified (also when notified before the call); throws when the token is cancelled first.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (!_wakeUps.Reader.TryRead(out _))
        {
            await _wakeUps.Reader.ReadAsync(cancellationToken);
        }
    }

    /// <summary>Waits for a signal or the poll interval, whichever comes first; false when the host is stopping.</summary>
    public async Task<bool> WaitForNextPassAsync(TimeSpan pollInterval, TimeProvider clock, CancellationToken stoppingToken)
    {
        using var poll = new CancellationTokenSource(pollInterval, clock);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, poll.Token);
        try
        {
            await WaitAsync(either.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The poll interval passed without a signal.
        }
        return !stoppingToken.IsCancellationRequested;
    }
}
