using System.Diagnostics;
using System.Net;

namespace Beheermodule.Benchmarks.Queue;

/// <summary>One case: a fixed number of GETs of one page, shared by clients that each wait for their answer before asking again.</summary>
internal sealed record LoadRun(Percentiles Latencies, double RequestsPerSecond)
{
    public static async Task<LoadRun> MeasureAsync(IReadOnlyList<HttpClient> clients, string path, int requests)
    {
        var remaining = requests;
        var watch = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(clients.Select(async client =>
        {
            var latencies = new List<double>();
            while (Interlocked.Decrement(ref remaining) >= 0)
            {
                var start = Stopwatch.GetTimestamp();
                // The whole body is read before the clock stops: a page is only useful once it has arrived.
                using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}.");
                }
            }
            return latencies;
        }));
        watch.Stop();
        return new LoadRun(new Percentiles(perClient.SelectMany(l => l)), requests / watch.Elapsed.TotalSeconds);
    }
}
