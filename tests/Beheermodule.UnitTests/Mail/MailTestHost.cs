using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Templates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MimeKit;

namespace Beheermodule.UnitTests.Mail;

/// <summary>One app instance's mail services, wired as AddMail wires them, on a given SQLite database.</summary>
internal sealed class MailTestHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    /// <summary>One key ring for every host, as app instances share theirs through the database.</summary>
    public static readonly IDataProtectionProvider SharedKeys = new EphemeralDataProtectionProvider();

    private MailTestHost(ServiceProvider services, FakeTimeProvider clock)
    {
        Services = services;
        Clock = clock;
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; }
    public MailDispatcher Dispatcher => Services.GetRequiredService<MailDispatcher>();
    public MailDispatchSignal Signal => Services.GetRequiredService<MailDispatchSignal>();

    /// <param name="database">An open connection (shared in-memory database) or a connection string (one connection per use).</param>
    public static MailTestHost Create(object database, IMailTransport? transport = null, FakeTimeProvider? clock = null,
        IDictionary<string, string?>? settings = null, string? templatesPath = null)
    {
        clock ??= new FakeTimeProvider(Start);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(clock);
        services.AddDbContext<BeheermoduleDbContext>((provider, options) =>
        {
            if (database is SqliteConnection connection)
            {
                options.UseSqlite(connection);
            }
            else
            {
                options.UseSqlite((string)database);
            }
            options.AddInterceptors(provider.GetServices<IInterceptor>());
        });
        services.AddOptions<TemplateOptions>().Configure(o => o.Path = templatesPath ?? "templates");
        services.AddSingleton<TemplateRenderer>();
        services.AddScoped<AuditLog>();
        services.AddSingleton(SharedKeys);
        services.AddMail();
        if (transport is not null)
        {
            services.AddSingleton(transport);
        }
        return new MailTestHost(services.BuildServiceProvider(validateScopes: true), clock);
    }

    public static SqliteConnection OpenInMemoryDatabase()
    {
        var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        using var services = Create(connection).Services;
        using var scope = services.CreateScope();
        scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>().Database.EnsureCreated();
        return connection;
    }

    /// <summary>Queues <paramref name="count"/> messages and saves them, as a feature would.</summary>
    public async Task<List<long>> QueueAsync(int count = 1)
    {
        await using var scope = Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        for (var i = 0; i < count; i++)
        {
            outbox.Enqueue($"jan{i}@example.nl", "Jan de Vries", MailSamples.StatusChanged);
        }
        await db.SaveChangesAsync();
        return await db.OutgoingMails.OrderBy(m => m.Id).Select(m => m.Id).ToListAsync();
    }

    public async Task<T> QueryAsync<T>(Func<BeheermoduleDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>());
    }

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}

/// <summary>Records what it is asked to send; fails while <see cref="Failure"/> is set.</summary>
internal sealed class FakeMailTransport : IMailTransport
{
    private readonly List<MimeMessage> _sent = [];

    public Exception? Failure { get; set; }
    public int Calls { get; private set; }

    public IReadOnlyList<MimeMessage> Sent
    {
        get
        {
            lock (_sent)
            {
                return _sent.ToList();
            }
        }
    }

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        lock (_sent)
        {
            Calls++;
        }
        // Gives concurrent dispatchers the chance to interleave.
        await Task.Yield();
        if (Failure is not null)
        {
            throw Failure;
        }
        lock (_sent)
        {
            _sent.Add(message);
        }
    }
}
