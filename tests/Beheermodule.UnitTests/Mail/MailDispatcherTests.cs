using Beheermodule.Core.Mail;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Beheermodule.UnitTests.Mail;

public sealed class MailDispatcherTests : IAsyncLifetime
{
    private readonly FakeMailTransport _transport = new();
    private SqliteConnection _connection = null!;
    private MailTestHost _host = null!;

    public Task InitializeAsync()
    {
        _connection = MailTestHost.OpenInMemoryDatabase();
        _host = MailTestHost.Create(_connection, _transport, settings: new Dictionary<string, string?> { ["Mail:MaxAttempts"] = "3" });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task QueuedMail_IsDeliveredOnce_AndMarkedSent()
    {
        var id = (await _host.QueueAsync()).Single();

        Assert.Equal(1, await _host.Dispatcher.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(0, await _host.Dispatcher.DeliverDueAsync(CancellationToken.None));

        var message = Assert.Single(_transport.Sent);
        var mail = await _host.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Id == id));
        Assert.Equal(MailTestHost.Start.UtcDateTime, mail.SentAt);
        Assert.Equal(1, mail.Attempts);
        Assert.Null(mail.LockedUntil);

        Assert.Equal("\"Beheermodule eHerkenning\" <noreply@beheermodule.example>", message.From.ToString());
        Assert.Equal("jan0@example.nl", message.To.Mailboxes.Single().Address);
        Assert.Equal(MailSamples.StatusChanged.Subject, message.Subject);
        Assert.StartsWith($"mail-{id}.", message.MessageId);
        var alternatives = Assert.IsType<MultipartAlternative>(message.Body);
        Assert.Equal(["text/plain", "text/html"], alternatives.Select(p => p.ContentType.MimeType));
        Assert.Contains(MailSamples.StatusChanged.StatusUrl, message.TextBody);
        Assert.Contains(MailSamples.StatusChanged.StatusUrl, message.HtmlBody);
        // Once sent, the outbox keeps no copy of the body and its secrets.
        Assert.Equal(("", ""), (mail.TextBody, mail.HtmlBody));
    }

    [Fact]
    public async Task DeliveredMail_WritesOneAuditEvent_WithTheTemplateAndNoAddress()
    {
        await _host.QueueAsync();
        await _host.Dispatcher.DeliverDueAsync(CancellationToken.None);

        var audit = Assert.Single(await _host.QueryAsync(db => db.AuditEvents.Where(e => e.Action == "mail.sent").ToListAsync()));
        Assert.Equal("systeem:mail", audit.Actor);
        Assert.Equal("ApplicationStatusChanged", audit.Details);
        Assert.Equal(MailTestHost.Start.UtcDateTime, audit.OccurredAt);
    }

    [Fact]
    public async Task FailingTransport_CountsTheAttempt_AndRetriesWithGrowingDelay()
    {
        var id = (await _host.QueueAsync()).Single();
        _transport.Failure = new InvalidOperationException("SMTP-server weigert");

        Assert.Equal(0, await _host.Dispatcher.DeliverDueAsync(CancellationToken.None));
        var mail = await _host.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Id == id));
        Assert.Equal(1, mail.Attempts);
        Assert.Null(mail.SentAt);
        Assert.Null(mail.LockedUntil);
        Assert.Contains("SMTP-server weigert", mail.LastError);
        Assert.Equal(MailTestHost.Start.UtcDateTime.AddMinutes(1), mail.NextAttemptAt);
        Assert.Empty(await _host.QueryAsync(db => db.AuditEvents.ToListAsync()));

        // Not due yet: no new attempt.
        _host.Clock.Advance(TimeSpan.FromSeconds(59));
        await _host.Dispatcher.DeliverDueAsync(CancellationToken.None);
        Assert.Equal(1, _transport.Calls);

        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        await _host.Dispatcher.DeliverDueAsync(CancellationToken.None);
        Assert.Equal(2, _transport.Calls);
        mail = await _host.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Id == id));
        Assert.Equal(2, mail.Attempts);
        Assert.Equal(_host.Clock.GetUtcNow().UtcDateTime.AddMinutes(2), mail.NextAttemptAt);

        _transport.Failure = null;
        _host.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await _host.Dispatcher.DeliverDueAsync(CancellationToken.None));
        mail = await _host.QueryAsync(db => db.OutgoingMails.SingleAsync(m => m.Id == id));
        Assert.NotNull(mail.SentAt);
        Assert.Null(mail.LastError);
    }

    [Fact]
    public async Task FailingTransport_IsGivenUpAfterMaxAttempts()
    {
        await _host.QueueAsync();
        _transport.Failure = new InvalidOperationException("onbereikbaar");
        for (var i = 0; i < 5; i++)
        {
            await _host.Dispatcher.DeliverDueAsync(CancellationToken.None);
            _host.Clock.Advance(TimeSpan.FromDays(1));
        }
        Assert.Equal(3, _transport.Calls);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(4, 8)]
    [InlineData(8, 128)]
    [InlineData(20, 360)]
    public void RetryDelay_DoublesUpToSixHours(int attempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), MailDispatcher.RetryDelay(attempts));

    [Fact]
    public async Task MessageClaimedByAnotherDispatcher_IsLeftAlone_UntilTheLeaseRunsOut()
    {
        var blocking = new BlockingMailTransport();
        await using var first = MailTestHost.Create(_connection, blocking, _host.Clock);
        await _host.QueueAsync();

        var firstPass = first.Dispatcher.DeliverDueAsync(CancellationToken.None);
        await blocking.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        // While the first dispatcher is sending, the second finds nothing to do.
        Assert.Equal(0, await _host.Dispatcher.DeliverDueAsync(CancellationToken.None));
        Assert.Equal(0, _transport.Calls);

        // A dispatcher that died mid-send: after the lease the message is sent by another.
        _host.Clock.Advance(MailDispatcher.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _host.Dispatcher.DeliverDueAsync(CancellationToken.None));

        blocking.Release.SetResult();
        await firstPass;
    }

    [Fact]
    public async Task ConcurrentDispatchers_NeverSendOneMessageTwice()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var transport = new FakeMailTransport();
        var hosts = Enumerable.Range(0, 4).Select(_ => MailTestHost.Create(database.ConnectionString, transport, _host.Clock)).ToList();
        try
        {
            var ids = await hosts[0].QueueAsync(3 * MailDispatcher.BatchSize);

            int delivered;
            do
            {
                var passes = await Task.WhenAll(hosts.Select(h => Task.Run(() => h.Dispatcher.DeliverDueAsync(CancellationToken.None))));
                delivered = passes.Sum();
            }
            while (delivered > 0);

            var sentIds = transport.Sent.Select(m => long.Parse((m.MessageId ?? "").Split('.')[0]["mail-".Length..])).Order().ToList();
            Assert.Equal(ids, sentIds);
            Assert.Equal(ids.Count, await hosts[0].QueryAsync(db => db.AuditEvents.CountAsync(e => e.Action == "mail.sent")));
        }
        finally
        {
            foreach (var host in hosts)
            {
                await host.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task RunningDispatcher_IsWokenBySavedMail_BeforeItsPollInterval()
    {
        await using var database = await TemporaryDatabase.CreateAsync();
        var transport = new DeliveryWatchingTransport();
        await using var other = MailTestHost.Create(database.ConnectionString, new FakeMailTransport(), _host.Clock);
        await using var host = MailTestHost.Create(database.ConnectionString, transport, _host.Clock);

        // Queued by another instance, whose signal this dispatcher does not hear: only its first pass finds it.
        await other.QueueAsync();
        await host.Dispatcher.StartAsync(CancellationToken.None);
        try
        {
            await transport.Delivered(1).WaitAsync(TimeSpan.FromSeconds(10));
            // The fake clock never reaches the poll interval, so only the signal can start this delivery.
            await host.QueueAsync();
            await transport.Delivered(2).WaitAsync(TimeSpan.FromSeconds(10));
        }
        finally
        {
            await host.Dispatcher.StopAsync(CancellationToken.None);
        }
    }

    private sealed class BlockingMailTransport : IMailTransport
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            Entered.TrySetResult();
            await Release.Task;
        }
    }

    private sealed class DeliveryWatchingTransport : IMailTransport
    {
        private readonly TaskCompletionSource[] _delivered = [new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously)];
        private int _count;

        public Task Delivered(int count) => _delivered[count - 1].Task;

        public Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            _delivered[Interlocked.Increment(ref _count) - 1].TrySetResult();
            return Task.CompletedTask;
        }
    }

    /// <summary>A database file, so several instances each have their own connections, as in production.</summary>
    private sealed class TemporaryDatabase : IAsyncDisposable
    {
        private readonly string _file = Path.Combine(Path.GetTempPath(), $"beheermodule-mail-{Guid.NewGuid():N}.db");

        public string ConnectionString => $"Data Source={_file};Pooling=False";

        public static async Task<TemporaryDatabase> CreateAsync()
        {
            var database = new TemporaryDatabase();
            await using var setup = MailTestHost.Create(database.ConnectionString);
            await setup.QueryAsync(async db =>
            {
                await db.Database.EnsureCreatedAsync();
                return await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
            });
            return database;
        }

        public ValueTask DisposeAsync()
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(_file + suffix);
            }
            return ValueTask.CompletedTask;
        }
    }
}
