using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Mail;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.UnitTests.Mail;

public sealed class MailOutboxTests : IAsyncLifetime
{
    private SqliteConnection _connection = null!;
    private MailTestHost _host = null!;

    public Task InitializeAsync()
    {
        _connection = MailTestHost.OpenInMemoryDatabase();
        _host = MailTestHost.Create(_connection, new FakeMailTransport());
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connection.DisposeAsync();
    }

    [Fact]
    public async Task Enqueue_RendersNow_ButLeavesSavingToTheCaller()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue("jan@example.nl", "Jan de Vries", MailSamples.Confirm);

        Assert.Equal(0, await _host.QueryAsync(other => other.OutgoingMails.CountAsync()));
        var added = Assert.Single(db.ChangeTracker.Entries<OutgoingMail>()).Entity;
        Assert.Equal("Bevestig uw aanvraag EH-2026-000124", added.Subject);
        Assert.Equal("ConfirmApplication", added.TemplateName);
        // Queued bodies are encrypted: the link is a secret until it reaches the recipient.
        Assert.DoesNotContain(MailSamples.Confirm.ConfirmUrl, added.TextBody);
        Assert.DoesNotContain(MailSamples.Confirm.ConfirmUrl, added.HtmlBody);
        var bodies = _host.Services.GetRequiredService<MailBodyProtector>();
        Assert.Contains(MailSamples.Confirm.ConfirmUrl, bodies.Unprotect(added.TextBody));
        Assert.Contains(MailSamples.Confirm.ConfirmUrl, bodies.Unprotect(added.HtmlBody));
        Assert.Equal(MailTestHost.Start.UtcDateTime, added.NextAttemptAt);

        await db.SaveChangesAsync();
        Assert.Equal(1, await _host.QueryAsync(other => other.OutgoingMails.CountAsync()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("geen-adres")]
    [InlineData("Jan <jan@example.nl>")]
    [InlineData("jan@example.nl, piet@example.nl")]
    public async Task Enqueue_RefusesAnythingButOneAddress(string address)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<MailOutbox>();
        Assert.ThrowsAny<ArgumentException>(() => outbox.Enqueue(address, null, MailSamples.Confirm));
    }

    [Fact]
    public async Task SavingQueuedMail_SignalsTheDispatcher()
    {
        await _host.QueueAsync();
        Assert.True(await WasSignalledAsync(_host.Signal));
    }

    [Fact]
    public async Task SavingOtherChanges_DoesNotSignal()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        scope.ServiceProvider.GetRequiredService<AuditLog>().Record(AuditActor.System("test"), "test");
        await db.SaveChangesAsync();
        Assert.False(await WasSignalledAsync(_host.Signal));
    }

    [Fact]
    public async Task QueuedMailInATransaction_SignalsOnlyAfterTheCommit()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue("jan@example.nl", null, MailSamples.Confirm);
        await db.SaveChangesAsync();
        Assert.False(await WasSignalledAsync(_host.Signal));

        await transaction.CommitAsync();
        Assert.True(await WasSignalledAsync(_host.Signal));
    }

    [Fact]
    public async Task QueuedMailInARolledBackTransaction_DoesNotSignal()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            scope.ServiceProvider.GetRequiredService<MailOutbox>().Enqueue("jan@example.nl", null, MailSamples.Confirm);
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }
        await using var next = await db.Database.BeginTransactionAsync();
        await next.CommitAsync();
        Assert.False(await WasSignalledAsync(_host.Signal));
    }

    private static async Task<bool> WasSignalledAsync(MailDispatchSignal signal)
    {
        try
        {
            await signal.WaitAsync(new CancellationToken(canceled: true));
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
