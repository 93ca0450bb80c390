using System.Threading.Channels;

namespace Beheermodule.Core.Mail;

/// <summary>Wakes the dispatcher when new mail was committed, so it need not wait for its next poll.</summary>
public sealed class MailDispatchSignal
{
    // One pending wake-up is enough: a pass delivers everything that is due.
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
}
