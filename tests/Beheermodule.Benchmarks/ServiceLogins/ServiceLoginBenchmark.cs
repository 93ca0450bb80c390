using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using Beheermodule.Benchmarks.Logins;
using Beheermodule.Benchmarks.Queue;
using Beheermodule.Core.Data;
using Beheermodule.Core.Hosting.KeyRing;
using Microsoft.Data.Sqlite;

namespace Beheermodule.Benchmarks.ServiceLogins;

/// <summary>
/// Log-ins at a service through the app's OpenID Connect provider, over real HTTP against the built app in its own
/// process: holders already signed in (password and code) let the demo service MijnOverijssel log them in, each
/// time an authorisation request with PKCE (the browser) and a token request (the service). By 10 browsers in a
/// closed loop, then arriving at 20 a second; each request's latency apart; and the token endpoint's client-secret
/// check bare, at the parameters read from the stored hash.
/// </summary>
internal static class ServiceLoginBenchmark
{
    /// <summary>The app's PasswordHasherOptions.IterationCount (AccountsWebExtensions), as the log-in benchmark seeds.</summary>
    private const int PasswordIterations = 210_000;

    private const int Holders = 200;
    private const int Clients = 10;

    /// <summary>More browsers than the closed loop needs, so arrivals at the paced rate find a free one unless the app falls behind.</summary>
    private const int SignedInBrowsers = 40;

    private const double PacedPerSecond = 20;

    /// <summary>
    /// Shorter than the log-in benchmark's minute so a default run stays under about three minutes; tiered
    /// compilation may still be busy at its end (the log-in benchmark saw it up to about 50 s after start).
    /// </summary>
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(45);

    private static readonly TimeSpan SingleThreadTiming = TimeSpan.FromSeconds(3);

    /// <summary>Several times either request's p50 when the app keeps up (10 to 30 ms here): a request that waited, not one that worked.</summary>
    private const double SlowRequestMilliseconds = 100;

    /// <summary>
    /// Microsoft.Data.Sqlite sleeps this long before it tries again a statement that found the database busy or
    /// locked (SqliteCommand); requests that waited for SQLite's one writer take about a multiple of it.
    /// </summary>
    private const double SqliteRetryPauseMilliseconds = 150;

    private const double StepWithinMilliseconds = 50;

    public static async Task RunAsync(TimeSpan duration)
    {
        Console.WriteLine($"Service log-ins over HTTP (OpenID Connect, code flow with PKCE): {Clients} clients, {duration.TotalSeconds:0} s per run, warm-up {WarmUp.TotalSeconds:0} s");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}");
        var folder = Directory.CreateTempSubdirectory("beheermodule-service-login-benchmark-");
        try
        {
            var database = Path.Combine(folder.FullName, "beheermodule.db");
            var connectionString = $"Data Source={database}";
            var seeding = Stopwatch.StartNew();
            var keyEncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyEncryptionKey.Length));
            var accounts = await LoginSeeder.SeedAsync(new DatabaseOptions { ConnectionString = connectionString }, keyEncryptionKey, Holders, PasswordIterations, grantAllServices: true);
            Console.WriteLine($"seeded {accounts.Count:N0} EH3 holders with an authenticator and a machtiging \"alle diensten\" each in {seeding.Elapsed.TotalSeconds:0.0} s");
            await using var server = await WebAppProcess.StartAsync(Settings(folder.FullName, database, keyEncryptionKey), TimeSpan.FromSeconds(60));
            Console.WriteLine($"web app: {server.Address} (child process, Development, client {DemoService.ClientId})");
            var secretHash = await ClientSecretHash.ReadAsync(connectionString, DemoService.ClientId);
            await MeasureAsync(server.Address, new AccountPool(accounts), duration, secretHash);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The log-in benchmark's settings, and the service log-in's keys in the run's own folder rather than beside the app.</summary>
    private static Dictionary<string, string> Settings(string folder, string database, string keyEncryptionKey)
    {
        var settings = LoginBenchmark.Settings(folder, database, keyEncryptionKey);
        settings["ServiceLogin__PseudonymKeyFile"] = Path.Combine(folder, "keys", "pseudonym.key");
        settings["ServiceLogin__SigningKeyFile"] = Path.Combine(folder, "keys", "service-login-signing.pem");
        settings["ServiceLogin__EncryptionKeyFile"] = Path.Combine(folder, "keys", "service-login-encryption.pem");
        return settings;
    }

    private static async Task MeasureAsync(Uri address, AccountPool accounts, TimeSpan duration, ClientSecretHash? secretHash)
    {
        var clients = Enumerable.Range(0, Clients).Select(_ => LoginBenchmark.NewClient(address)).ToList();
        using var backChannel = LoginBenchmark.NewClient(address);
        try
        {
            var signingIn = Stopwatch.StartNew();
            var browsers = await SignInAsync(clients, accounts);
            Console.WriteLine($"signed in {browsers.Count} holders (password and code) in {signingIn.Elapsed.TotalSeconds:0.0} s");
            var load = new ServiceLoginLoad(new DemoService(backChannel));
            var loop = browsers.Take(Clients).ToList();

            // Warm-up: the JIT (tiered compilation keeps recompiling under load for a while), the connection pools,
            // SQLite's page cache, OpenIddict's caches of the client.
            await load.ClosedLoopAsync(loop, WarmUp);
            var closed = await load.ClosedLoopAsync(loop, duration);
            var paced = await load.PacedAsync(new SessionPool(browsers), PacedPerSecond, duration);
            var verification = secretHash is not null && secretHash.Verify(DemoService.ClientSecret) ? secretHash : null;
            var bare = verification?.VerificationsPerSecond(DemoService.ClientSecret, Clients, duration);
            var single = verification?.VerificationsPerSecond(DemoService.ClientSecret, 1, SingleThreadTiming);

            Console.WriteLine();
            Console.WriteLine($"{"case",-48} {"rate /s",9} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}");
            Print($"service log-ins, {Clients} clients", closed);
            Print($"service log-ins paced at {PacedPerSecond:0}/s", paced);
            if (bare is not null)
            {
                Console.WriteLine($"{$"bare client-secret verifications, {Clients} threads",-48} {bare,9:N1}");
            }
            Console.WriteLine();
            Explain(closed, paced, verification, bare, single);
        }
        finally
        {
            clients.ForEach(c => c.Dispose());
        }
    }

    /// <summary>Each client signs in its share of holders one after another; the first browser of each client runs the closed loop.</summary>
    private static async Task<IReadOnlyList<BrowserSession>> SignInAsync(IReadOnlyList<HttpClient> clients, AccountPool accounts)
    {
        var perClient = await Task.WhenAll(clients.Select(async client =>
        {
            var sessions = new List<BrowserSession>();
            for (var i = 0; i < SignedInBrowsers / clients.Count; i++)
            {
                sessions.Add(await LoginBenchmark.LogInAsync(client, accounts));
            }
            return sessions;
        }));
        return Enumerable.Range(0, perClient.Max(s => s.Count))
            .SelectMany(i => perClient.Where(s => i < s.Count).Select(s => s[i]))
            .ToList();
    }

    private static void Print(string name, ServiceLoginRun run)
    {
        Console.WriteLine($"{name,-48} {run.PerSecond,9:N1} {run.Whole.At(50),8:0.0} {run.Whole.At(95),8:0.0} {run.Whole.At(99),8:0.0}");
        Console.WriteLine($"{"  authorisation request alone",-48} {"",9} {run.Authorize.At(50),8:0.0} {run.Authorize.At(95),8:0.0} {run.Authorize.At(99),8:0.0}");
        Console.WriteLine($"{"  token request alone",-48} {"",9} {run.Token.At(50),8:0.0} {run.Token.At(95),8:0.0} {run.Token.At(99),8:0.0}");
    }

    /// <summary>What a service log-in spends its time on, as far as these figures show it.</summary>
    private static void Explain(ServiceLoginRun closed, ServiceLoginRun paced, ClientSecretHash? verification, double? bare, double? single)
    {
        var (ofRequests, ofTime) = closed.SlowerThan(SlowRequestMilliseconds);
        var onSteps = closed.SlowOnSteps(SlowRequestMilliseconds, SqliteRetryPauseMilliseconds, StepWithinMilliseconds);
        Console.WriteLine($"{Clients} clients: requests over {SlowRequestMilliseconds:0} ms are {ofRequests:P0} of all and take {ofTime:P0} of the time spent in requests; " +
            $"{onSteps:P0} of them end 0 to {StepWithinMilliseconds:0} ms after a multiple of {SqliteRetryPauseMilliseconds:0} ms (Microsoft.Data.Sqlite's pause before retrying a locked statement)");
        if (verification is null || bare is null || single is null)
        {
            Console.WriteLine("client secret: the stored hash is not in the layout expected, or did not verify; no bare figure.");
            return;
        }
        var milliseconds = 1000 / single.Value;
        Console.WriteLine($"client secret as stored: {verification.Description}; one verification takes {milliseconds:0.00} ms on one thread");
        Console.WriteLine($"token request p50 at {PacedPerSecond:0}/s: {paced.Token.At(50):0.0} ms, of which the secret's verification {milliseconds / paced.Token.At(50):P0}; " +
            $"authorisation request p50 {paced.Authorize.At(50):0.0} ms");
        Console.WriteLine($"{Clients} clients: {closed.PerSecond:N1} service log-ins/s against {bare:N1} bare verifications/s " +
            $"(the secret's check would allow {bare / closed.PerSecond:0.0} times as many)");
    }
}
