using System.Diagnostics;
using Beheermodule.Benchmarks.Logins;
using Beheermodule.Benchmarks.Queue;

namespace Beheermodule.Benchmarks.ServiceLogins;

/// <summary>One service log-in's two requests, timed apart: the browser's authorisation request and the service's token request.</summary>
internal sealed record ServiceLoginTimes(double AuthorizeMilliseconds, double TokenMilliseconds);

/// <summary>A run of service log-ins: how many a second, the whole log-in's latency, and each request's alone.</summary>
internal sealed record ServiceLoginRun(double PerSecond, Percentiles Whole, Percentiles Authorize, Percentiles Token, IReadOnlyList<double> Requests)
{
    public static ServiceLoginRun Of(double perSecond, IEnumerable<double> whole, IReadOnlyList<ServiceLoginTimes> times) =>
        new(perSecond, new Percentiles(whole), new Percentiles(times.Select(t => t.AuthorizeMilliseconds)), new Percentiles(times.Select(t => t.TokenMilliseconds)),
            [.. times.SelectMany(t => new[] { t.AuthorizeMilliseconds, t.TokenMilliseconds })]);

    /// <summary>
    /// The requests (of either kind) slower than <paramref name="milliseconds"/>: their share of all requests, and
    /// their share of the time spent in requests. Few requests with most of the time: the slow ones set the rate.
    /// </summary>
    public (double OfRequests, double OfTime) SlowerThan(double milliseconds)
    {
        var slow = Requests.Where(r => r > milliseconds).ToList();
        return ((double)slow.Count / Requests.Count, slow.Sum() / Requests.Sum());
    }

    /// <summary>
    /// Of the requests slower than <paramref name="milliseconds"/>, the share that ended less than <paramref name="within"/>
    /// after a whole number of <paramref name="step"/>s: waiting in fixed pauses shows as latencies in steps.
    /// </summary>
    public double SlowOnSteps(double milliseconds, double step, double within)
    {
        var slow = Requests.Where(r => r > milliseconds).ToList();
        return slow.Count == 0 ? 0 : (double)slow.Count(r => r % step < within) / slow.Count;
    }
}

/// <summary>Service log-ins by signed-in holders: in a closed loop, or arriving at a fixed rate.</summary>
internal sealed class ServiceLoginLoad(DemoService service)
{
    /// <summary>Each browser logs in at the service, waits for the ID token, and logs in again, until the time is up.</summary>
    public async Task<ServiceLoginRun> ClosedLoopAsync(IReadOnlyList<BrowserSession> browsers, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        var perBrowser = await Task.WhenAll(browsers.Select(async browser =>
        {
            var times = new List<ServiceLoginTimes>();
            while (watch.Elapsed < duration)
            {
                times.Add(await LogInAsync(browser));
            }
            return times;
        }));
        watch.Stop();
        var all = perBrowser.SelectMany(t => t).ToList();
        return ServiceLoginRun.Of(all.Count / watch.Elapsed.TotalSeconds, all.Select(t => t.AuthorizeMilliseconds + t.TokenMilliseconds), all);
    }

    /// <summary>
    /// A log-in starts every 1/<paramref name="perSecond"/> s whether or not the earlier ones have finished, as holders
    /// arrive; the whole latency counts from the moment it was due, so a queue building up shows.
    /// </summary>
    public async Task<ServiceLoginRun> PacedAsync(SessionPool browsers, double perSecond, TimeSpan duration)
    {
        var count = (int)(duration.TotalSeconds * perSecond);
        var watch = Stopwatch.StartNew();
        var runs = new List<Task<(double Whole, ServiceLoginTimes Times)>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > watch.Elapsed)
            {
                await Task.Delay(due - watch.Elapsed);
            }
            runs.Add(Task.Run(async () =>
            {
                var browser = await browsers.TakeAsync();
                try
                {
                    var times = await LogInAsync(browser);
                    return ((watch.Elapsed - due).TotalMilliseconds, times);
                }
                finally
                {
                    browsers.Return(browser);
                }
            }));
        }
        var all = await Task.WhenAll(runs);
        watch.Stop();
        return ServiceLoginRun.Of(count / watch.Elapsed.TotalSeconds, all.Select(r => r.Whole), [.. all.Select(r => r.Times)]);
    }

    private async Task<ServiceLoginTimes> LogInAsync(BrowserSession browser)
    {
        var start = Stopwatch.GetTimestamp();
        var code = await DemoService.AuthorizeAsync(browser);
        var authorized = Stopwatch.GetTimestamp();
        await service.ExchangeAsync(code);
        return new ServiceLoginTimes(Stopwatch.GetElapsedTime(start, authorized).TotalMilliseconds, Stopwatch.GetElapsedTime(authorized).TotalMilliseconds);
    }
}
