using System.Net;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Beheermodule.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Benchmarks.Queue;

/// <summary>
/// The backoffice queue over real HTTP: a fresh SQLite database migrated like production and filled with 100,000
/// applications, the built web app in its own process, the demo helpdesk signed in, then the queue page and a few
/// of its variants at 1 and at 10 concurrent clients. Goal (issue): p95 at most 25 ms at 10 concurrent clients.
/// </summary>
internal static partial class QueueBenchmark
{
    private const int Applications = 100_000;
    private const int RequestsPerCase = 2000;
    private const int WarmUpRequests = 300;
    private const double GoalP95Milliseconds = 25;
    private static readonly int[] Concurrency = [1, 10];

    public static async Task RunAsync()
    {
        Console.WriteLine($"Backoffice queue over HTTP: {Applications:N0} applications, {RequestsPerCase:N0} GETs per case");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        var folder = Directory.CreateTempSubdirectory("beheermodule-queue-benchmark-");
        try
        {
            var database = Path.Combine(folder.FullName, "beheermodule.db");
            var sampleKvk = await PrepareDatabaseAsync(database);
            await using var server = await WebAppProcess.StartAsync(Settings(folder.FullName, database), TimeSpan.FromSeconds(60));
            Console.WriteLine($"web app: {server.Address} (child process, Development)");
            await MeasureAsync(server.Address, sampleKvk);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<string> PrepareDatabaseAsync(string file)
    {
        var builder = new DbContextOptionsBuilder<BeheermoduleDbContext>();
        DatabaseServiceCollectionExtensions.Configure(builder, new DatabaseOptions { ConnectionString = $"Data Source={file}" });
        await using (var db = new BeheermoduleDbContext(builder.Options))
        {
            await db.Database.MigrateAsync();
        }
        var seeded = await QueueSeeder.SeedAsync(builder.Options, Applications);
        Console.WriteLine($"seeded {seeded.Applications:N0} applications with {seeded.Persons:N0} persons in {seeded.Elapsed.TotalSeconds:0.0} s");
        return seeded.SampleKvkNumber;
    }

    /// <summary>The settings keys the integration tests use; the limits raised so the load is never turned away.</summary>
    private static Dictionary<string, string> Settings(string folder, string database) => new()
    {
        ["Database__Provider"] = DatabaseProvider.Sqlite,
        ["Database__ConnectionString"] = $"Data Source={database}",
        ["Mail__PickupDirectory"] = Path.Combine(folder, "mail"),
        ["Documents__Directory"] = Path.Combine(folder, "documents"),
        ["DataProtection__KeyEncryptionKeyFile"] = Path.Combine(folder, "keys", "key-encryption.key"),
        ["RateLimiting__PostsPerMinute"] = "100000",
        ["RateLimiting__SubmissionsPerHour"] = "100000",
        ["RateLimiting__FailedSignInsPerAddressPerQuarterHour"] = "100000",
        // A log line per request would be part of what is measured; production logs warnings and up.
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static async Task MeasureAsync(Uri address, string sampleKvk)
    {
        var cookie = await StaffSignIn.SignInAsync(address);
        var clients = Enumerable.Range(0, Concurrency.Max()).Select(_ => SignedInClient(address, cookie)).ToList();
        try
        {
            var cases = await CasesAsync(clients[0], sampleKvk);
            foreach (var (_, path) in cases)
            {
                await LoadRun.MeasureAsync(clients, path, WarmUpRequests);
            }
            Console.WriteLine();
            Console.WriteLine($"{"case",-40} {"clients",7} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"req/s",8}");
            var highestP95 = 0.0;
            foreach (var concurrent in Concurrency)
            {
                foreach (var (name, path) in cases)
                {
                    var run = await LoadRun.MeasureAsync(clients.Take(concurrent).ToList(), path, RequestsPerCase);
                    Console.WriteLine($"{name,-40} {concurrent,7} {run.Latencies.At(50),8:0.0} {run.Latencies.At(95),8:0.0} {run.Latencies.At(99),8:0.0} {run.RequestsPerSecond,8:N0}");
                    if (concurrent == Concurrency.Max())
                    {
                        highestP95 = Math.Max(highestP95, run.Latencies.At(95));
                    }
                }
            }
            Console.WriteLine();
            Console.WriteLine($"highest p95 at {Concurrency.Max()} clients: {highestP95:0.0} ms (goal: at most {GoalP95Milliseconds:0} ms)");
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Each client its own connection, all in the one signed-in session.</summary>
    private static HttpClient SignedInClient(Uri address, string cookie)
    {
        var client = StaffSignIn.NewClient(address);
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    /// <summary>What the helpdesk does most: the default tab, another tab, a filter, a KvK search, the next page.</summary>
    private static async Task<List<(string Name, string Path)>> CasesAsync(HttpClient client, string sampleKvk)
    {
        var first = await client.GetAsync("/backoffice");
        var html = await first.Content.ReadAsStringAsync();
        if (first.StatusCode != HttpStatusCode.OK || !html.Contains("<h1>Aanvragen</h1>", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"/backoffice did not show the queue ({(int)first.StatusCode} {first.Headers.Location}).");
        }
        var next = NextPageLink().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException("The default queue view has no link to a next page: too few applications under review.");
        return
        [
            ("default view (Te beoordelen)", "/backoffice"),
            ("tab Afgerond (largest)", "/backoffice?status=Completed"),
            ("default tab, level EH4", "/backoffice?niveau=EH4"),
            ("search by KvK number", $"/backoffice?zoek={sampleKvk}"),
            ("default tab, page 2 (cursor link)", next),
        ];
    }

    [GeneratedRegex("href=\"(/backoffice\\?[^\"]*na=[^\"]*)\"")]
    private static partial Regex NextPageLink();
}
