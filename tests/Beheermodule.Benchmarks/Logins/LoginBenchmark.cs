using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Beheermodule.Benchmarks.Queue;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Data;
using Beheermodule.Core.Hosting.KeyRing;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Beheermodule.Benchmarks.Logins;

/// <summary>
/// Full log-ins over real HTTP (the log-in page, the password, the code from the holder's authenticator) against
/// the built app in its own process, by 10 concurrent clients for a fixed time; then bare PBKDF2 verifications at
/// the same iteration count and concurrency, which bound what a log-in can cost; then log-ins paced at 15 a second,
/// and paced at 60% of the bare rate (the load a machine sized for it would carry).
/// Goal (issue): log-ins per second at least 85% of the bare rate, p95 at most 400 ms at 15 log-ins a second.
/// </summary>
internal static class LoginBenchmark
{
    /// <summary>The app's PasswordHasherOptions.IterationCount (AccountsWebExtensions).</summary>
    private const int Iterations = 210_000;

    private const int Clients = 10;
    private const double PacedPerSecond = 15;
    private const double SizedLoad = 0.6;
    private const double GoalRatio = 0.85;
    private const double GoalPacedP95Milliseconds = 400;

    /// <summary>Enough that no account is needed twice within one 30-second step at well over 60 log-ins a second.</summary>
    private const int Accounts = 2000;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(60);

    public static async Task RunAsync(TimeSpan duration)
    {
        Console.WriteLine($"Log-ins over HTTP: {Clients} clients, {duration.TotalSeconds:0} s per run, PBKDF2 {Iterations:N0} iterations");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        var folder = Directory.CreateTempSubdirectory("beheermodule-login-benchmark-");
        try
        {
            var database = Path.Combine(folder.FullName, "beheermodule.db");
            var seeding = Stopwatch.StartNew();
            var keyEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyEncryptionKey.Length));
            var accounts = await LoginSeeder.SeedAsync(new DatabaseOptions { ConnectionString = $"Data Source={database}" }, keyEncryptionKey, Accounts, Iterations);
            Console.WriteLine($"seeded {accounts.Count:N0} EH3 holders with an authenticator each in {seeding.Elapsed.TotalSeconds:0.0} s");
            await using var server = await WebAppProcess.StartAsync(Settings(folder.FullName, database, keyEncryptionKey), TimeSpan.FromSeconds(60));
            Console.WriteLine($"web app: {server.Address} (child process, Development)");
            await MeasureAsync(server.Address, new AccountPool(accounts), duration);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    internal static Dictionary<string, string> Settings(string folder, string database, string keyEncryptionKey) => new()
    {
        ["DataProtection__KeyEncryptionKey"] = keyEncryptionKey,
        ["Database__Provider"] = DatabaseProvider.Sqlite,
        ["Database__ConnectionString"] = $"Data Source={database}",
        ["Mail__PickupDirectory"] = Path.Combine(folder, "mail"),
        ["Documents__Directory"] = Path.Combine(folder, "documents"),
        ["RateLimiting__PostsPerMinute"] = "100000",
        ["RateLimiting__SubmissionsPerHour"] = "100000",
        ["RateLimiting__FailedSignInsPerAddressPerQuarterHour"] = "100000",
        ["RateLimiting__SignInAttemptsPerUserNamePerQuarterHour"] = "100000",
        ["Logging__LogLevel__Default"] = "Warning",
    };

    private static async Task MeasureAsync(Uri address, AccountPool pool, TimeSpan duration)
    {
        var clients = Enumerable.Range(0, Clients).Select(_ => NewClient(address)).ToList();
        try
        {
            // Warm-up: the connection pools, SQLite's page cache, and above all the JIT. Under this load tiered
            // compilation (with dynamic PGO) keeps recompiling for about a minute: profiled with perf, its thread
            // still took 17% of the app's CPU 30 to 50 s after start. A shorter warm-up measures the compiler.
            await ClosedLoopAsync(clients, pool, WarmUp);
            var logins = await ClosedLoopAsync(clients, pool, duration);
            var raw = RawVerifications(duration);
            var paced = await PacedAsync(clients[0], pool, PacedPerSecond, duration);
            // The same arrivals at a rate this machine has headroom for: what the latency is once the app is sized
            // for its load, apart from the queue a saturated machine builds.
            var sizedRate = Math.Round(raw * SizedLoad, 1);
            var sized = await PacedAsync(clients[0], pool, sizedRate, duration);

            Console.WriteLine();
            Console.WriteLine($"{"case",-44} {"rate /s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
            Console.WriteLine($"{$"full log-ins, {Clients} clients",-44} {logins.RequestsPerSecond,9:N1} {logins.Latencies.At(50),8:0} {logins.Latencies.At(95),8:0} {logins.Latencies.At(99),8:0}");
            Console.WriteLine($"{$"bare PBKDF2 verifications, {Clients} threads",-44} {raw,9:N1}");
            Console.WriteLine($"{$"full log-ins paced at {PacedPerSecond:0}/s",-44} {paced.RequestsPerSecond,9:N1} {paced.Latencies.At(50),8:0} {paced.Latencies.At(95),8:0} {paced.Latencies.At(99),8:0}");
            Console.WriteLine($"{$"full log-ins paced at {sizedRate:0.0}/s ({SizedLoad:P0} of bare)",-44} {sized.RequestsPerSecond,9:N1} {sized.Latencies.At(50),8:0} {sized.Latencies.At(95),8:0} {sized.Latencies.At(99),8:0}");
            Console.WriteLine();
            var ratio = logins.RequestsPerSecond / raw;
            Console.WriteLine($"log-ins / bare verifications: {ratio:0.00} (goal: at least {GoalRatio:0.00})");
            Console.WriteLine($"p95 at {PacedPerSecond:0} log-ins/s: {paced.Latencies.At(95):0} ms (goal: at most {GoalPacedP95Milliseconds:0} ms)");
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Each client logs in, waits for the last answer, and logs in again, until the time is up.</summary>
    private static async Task<LoadRun> ClosedLoopAsync(IReadOnlyList<HttpClient> clients, AccountPool pool, TimeSpan duration)
    {
        var watch = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(clients.Select(async client =>
        {
            var latencies = new List<double>();
            while (watch.Elapsed < duration)
            {
                var start = Stopwatch.GetTimestamp();
                await LogInAsync(client, pool);
                latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
            return latencies;
        }));
        watch.Stop();
        var all = perClient.SelectMany(l => l).ToList();
        return new LoadRun(new Percentiles(all), all.Count / watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// A log-in starts every 1/15 s whether or not the earlier ones have finished, as people arrive; each latency
    /// counts from the moment its log-in was due, so a queue building up shows.
    /// </summary>
    private static async Task<LoadRun> PacedAsync(HttpClient client, AccountPool pool, double perSecond, TimeSpan duration)
    {
        var count = (int)(duration.TotalSeconds * perSecond);
        var watch = Stopwatch.StartNew();
        var runs = new List<Task<double>>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > watch.Elapsed)
            {
                await Task.Delay(due - watch.Elapsed);
            }
            runs.Add(Task.Run(async () =>
            {
                await LogInAsync(client, pool);
                return (watch.Elapsed - due).TotalMilliseconds;
            }));
        }
        var latencies = await Task.WhenAll(runs);
        watch.Stop();
        return new LoadRun(new Percentiles(latencies), count / watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// The log-in page, the password, the code the holder's app shows now: three requests, as a browser makes them.
    /// Returns the browser, now with the holder's session.
    /// </summary>
    internal static async Task<BrowserSession> LogInAsync(HttpClient client, AccountPool pool)
    {
        var account = await pool.TakeAsync();
        var session = new BrowserSession(client);
        var token = await session.FormTokenAsync("/inloggen");
        Expect("/inloggen/code", await session.PostAsync("/inloggen",
            new("Input.UserName", account.UserName), new("Input.Password", LoginSeeder.Password), new("__RequestVerificationToken", token)), account);
        var step = AccountPool.CurrentStep;
        var code = TotpCode.Compute(account.Seed, DateTimeOffset.FromUnixTimeSeconds(step * TotpCode.StepSeconds));
        Expect("/", await session.PostAsync("/inloggen/code", new("Code", code), new("__RequestVerificationToken", token)), account);
        if (!session.Has("__Host-bm-sessie"))
        {
            throw new InvalidOperationException($"{account.UserName} was not given a session.");
        }
        pool.Return(account, step);
        return session;
    }

    private static void Expect(string expected, string actual, BenchmarkAccount account)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"Log-in of {account.UserName} went to {actual} instead of {expected}.");
        }
    }

    /// <summary>What every log-in must spend at least: one PBKDF2 verification, here with nothing around it.</summary>
    private static double RawVerifications(TimeSpan duration)
    {
        var hasher = new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions { IterationCount = Iterations }));
        var user = new UserAccount();
        var hash = hasher.HashPassword(user, LoginSeeder.Password);
        var watch = Stopwatch.StartNew();
        var counts = new int[Clients];
        Parallel.For(0, Clients, new ParallelOptions { MaxDegreeOfParallelism = Clients }, i =>
        {
            while (watch.Elapsed < duration)
            {
                if (hasher.VerifyHashedPassword(user, hash, LoginSeeder.Password) == PasswordVerificationResult.Failed)
                {
                    throw new InvalidOperationException("The bare verification failed.");
                }
                counts[i]++;
            }
        });
        watch.Stop();
        return counts.Sum() / watch.Elapsed.TotalSeconds;
    }

    internal static HttpClient NewClient(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(60) };
}
