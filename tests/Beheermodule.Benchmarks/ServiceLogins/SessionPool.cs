using System.Collections.Concurrent;
using Beheermodule.Benchmarks.Logins;

namespace Beheermodule.Benchmarks.ServiceLogins;

/// <summary>
/// Signed-in browsers, each lent to one service log-in at a time: a browser's cookies are not shared between
/// requests in flight, as the session cookie may be renewed by any answer. Holders arriving faster than the pool
/// frees browsers wait, and the paced figures show that wait.
/// </summary>
internal sealed class SessionPool(IEnumerable<BrowserSession> sessions)
{
    private readonly ConcurrentQueue<BrowserSession> _free = new(sessions);

    public async Task<BrowserSession> TakeAsync()
    {
        BrowserSession? session;
        while (!_free.TryDequeue(out session))
        {
            await Task.Delay(1);
        }
        return session;
    }

    public void Return(BrowserSession session) => _free.Enqueue(session);
}
