using System.Net;
using System.Net.Sockets;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beheermodule.BrowserTests.Infrastructure;

/// <summary>
/// The whole application on a real Kestrel port, for a real browser: Development (so /dev/mail shows the mail),
/// its own SQLite file and mail folder, and links in e-mails that point at this very server.
/// </summary>
public sealed class BrowserAppFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "beheermodule-browser-tests", Guid.NewGuid().ToString("N"));
    private readonly int _port = FreePort();

    public BrowserAppFactory()
    {
        // The port is chosen before start-up: the mails the app writes must already carry the server's address.
        UseKestrel(_port);
    }

    /// <summary>The address the browser opens, without a trailing slash; also the base of every link in a mail.</summary>
    public string ServerAddress => $"http://127.0.0.1:{_port}";

    public string MailFolder => Path.Combine(_folder, "mail");

    public string DatabaseFile => Path.Combine(_folder, "beheermodule.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string>
        {
            ["Database:Provider"] = DatabaseProvider.Sqlite,
            ["Database:ConnectionString"] = $"Data Source={DatabaseFile}",
            ["Database:MigrateAtStartup"] = "true",
            ["Mail:PickupDirectory"] = MailFolder,
            ["Mail:PollSeconds"] = "1",
            ["Documents:Directory"] = Path.Combine(_folder, "documents"),
            ["Printing:Directory"] = Path.Combine(_folder, "print"),
            ["DataProtection:KeyEncryptionKeyFile"] = Path.Combine(_folder, "keys", "key-encryption.key"),
            ["ServiceLogin:PseudonymKeyFile"] = Path.Combine(_folder, "keys", "pseudonym.key"),
            // RSA keys take a moment to make: every test host shares one pair.
            ["ServiceLogin:SigningKeyFile"] = Path.Combine(Path.GetTempPath(), "beheermodule-tests", "service-login", "signing.pem"),
            ["ServiceLogin:EncryptionKeyFile"] = Path.Combine(Path.GetTempPath(), "beheermodule-tests", "service-login", "encryption.pem"),
            ["Issuer:PublicBaseUrl"] = ServerAddress,
            // One browser posts every form of every journey from one address, and logs the demo staff in again and
            // again: the limits are tested in the integration tests, not here.
            ["RateLimiting:PostsPerMinute"] = "10000",
            ["RateLimiting:SubmissionsPerHour"] = "10000",
            ["RateLimiting:MailRequestsPerQuarterHour"] = "10000",
            ["RateLimiting:FailedSignInsPerAddressPerQuarterHour"] = "10000",
            ["RateLimiting:SignInAttemptsPerUserNamePerQuarterHour"] = "10000",
        };
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public Task InitializeAsync()
    {
        StartServer();
        return Task.CompletedTask;
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the OS temp folder cleans up after us.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
