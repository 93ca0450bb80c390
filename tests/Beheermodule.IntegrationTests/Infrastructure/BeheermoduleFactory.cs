using System.Globalization;
using Beheermodule.Core.Data;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Mail;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Beheermodule.IntegrationTests.Infrastructure;

/// <summary>
/// The whole application on the test server, with its own SQLite file and mail folder, migrated like production.
/// Only what would leave the machine is redirected: mail goes to files, which the tests read back.
/// </summary>
public class BeheermoduleFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string PublicBaseUrl = "http://localhost";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "beheermodule-tests", Guid.NewGuid().ToString("N"));

    public BeheermoduleFactory() : this(DateTimeOffset.UtcNow)
    {
    }

    /// <summary>A host whose clock starts at <paramref name="startsAt"/>, for rules that depend on the time of day.</summary>
    protected BeheermoduleFactory(DateTimeOffset startsAt) => Clock = new FakeTimeProvider(startsAt);

    public FakeTimeProvider Clock { get; }

    /// <summary>Today as the app sees it: the date in the Netherlands on the test clock, not the UTC date.</summary>
    public DateOnly Today => DutchDates.Today(Clock);

    /// <summary>A date as a date field sends it (yyyy-MM-dd), counted in days from <see cref="Today"/>.</summary>
    public string DateInput(int daysFromToday = 0) => Today.AddDays(daysFromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string MailFolder => Path.Combine(_folder, "mail");

    public string DatabaseFile => Path.Combine(_folder, "beheermodule.db");

    public string DocumentFolder => Path.Combine(_folder, "documents");

    public string PrintFolder => Path.Combine(_folder, "print");

    public string KeyEncryptionKeyFile => Path.Combine(_folder, "keys", "key-encryption.key");

    protected virtual string EnvironmentName => "Development";

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>The database the host uses: its own SQLite file here; <see cref="PostgresBeheermoduleFactory"/> gives it a PostgreSQL database.</summary>
    protected virtual IDictionary<string, string?> DatabaseSettings => new Dictionary<string, string?>
    {
        ["Database:Provider"] = DatabaseProvider.Sqlite,
        ["Database:ConnectionString"] = $"Data Source={DatabaseFile}",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        var settings = new Dictionary<string, string?>
        {
            ["Mail:PickupDirectory"] = MailFolder,
            ["Documents:Directory"] = DocumentFolder,
            ["Printing:Directory"] = PrintFolder,
            ["DataProtection:KeyEncryptionKeyFile"] = KeyEncryptionKeyFile,
            ["ServiceLogin:PseudonymKeyFile"] = Path.Combine(_folder, "keys", "pseudonym.key"),
            // RSA keys take a moment to make: every test host shares one pair.
            ["ServiceLogin:SigningKeyFile"] = Path.Combine(Path.GetTempPath(), "beheermodule-tests", "service-login", "signing.pem"),
            ["ServiceLogin:EncryptionKeyFile"] = Path.Combine(Path.GetTempPath(), "beheermodule-tests", "service-login", "encryption.pem"),
            ["Issuer:PublicBaseUrl"] = PublicBaseUrl,
            ["RateLimiting:PostsPerMinute"] = "10000",
            ["RateLimiting:SubmissionsPerHour"] = "10000",
            ["RateLimiting:MailRequestsPerQuarterHour"] = "10000",
            ["RateLimiting:FailedSignInsPerAddressPerQuarterHour"] = "10000",
            ["RateLimiting:SignInAttemptsPerUserNamePerQuarterHour"] = "10000",
        };
        foreach (var (key, value) in DatabaseSettings.Concat(Settings))
        {
            settings[key] = value;
        }
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    public async Task<T> WithDbAsync<T>(Func<BeheermoduleDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>());
    }

    /// <summary>Delivers the outbox now, then returns every message written so far, oldest first.</summary>
    public async Task<IReadOnlyList<MimeMessage>> DeliveredMailAsync()
    {
        // The background dispatcher may hold a claim on some messages: wait until every one is sent.
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await Services.GetRequiredService<MailDispatcher>().DeliverDueAsync(CancellationToken.None);
            if (!await WithDbAsync(db => db.OutgoingMails.AnyAsync(m => m.SentAt == null)) || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(50);
        }
        if (!Directory.Exists(MailFolder))
        {
            return [];
        }
        return Directory.GetFiles(MailFolder, "*.eml").Order().Select(f => MimeMessage.Load(f)).ToList();
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a pooled connection; the OS temp folder cleans up after us.
        }
    }
}
