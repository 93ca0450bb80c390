using Beheermodule.Core.Audit;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Beheermodule.UnitTests.Audit;

public sealed class AuditLogTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 15, 30, TimeSpan.Zero);

    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<BeheermoduleDbContext> _options;
    private readonly FakeTimeProvider _clock = new(Now);

    public AuditLogTests()
    {
        _connection = new SqliteConnection("DataSource=:memory:");
        _connection.Open();
        _options = new DbContextOptionsBuilder<BeheermoduleDbContext>().UseSqlite(_connection).Options;
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    private BeheermoduleDbContext NewContext() => new(_options);

    private async Task<long> SaveOneEventAsync()
    {
        await using var db = NewContext();
        new AuditLog(db, _clock).Record(AuditActor.Account("helpdesk1"), "Application.Approved",
            applicationId: 7, applicationReference: "EH-2026-000007", kvkNumber: "68750110", details: "Goedgekeurd");
        await db.SaveChangesAsync();
        return (await db.AuditEvents.SingleAsync()).Id;
    }

    [Fact]
    public async Task Record_SavedWithTheChange_BothStored()
    {
        await using (var db = NewContext())
        {
            db.ServiceProviders.Add(new ServiceProvider { Name = "Kadaster" });
            new AuditLog(db, _clock).Record(AuditActor.Account("helpdesk1"), "Catalogue.ProviderAdded",
                AuditOutcome.Success, applicationId: 7, applicationReference: "EH-2026-000007", kvkNumber: "68750110", details: "Kadaster");

            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        Assert.True(await check.ServiceProviders.AnyAsync(p => p.Name == "Kadaster"));
        var saved = await check.AuditEvents.SingleAsync();
        Assert.Equal(Now.UtcDateTime, saved.OccurredAt);
        Assert.Equal(DateTimeKind.Utc, saved.OccurredAt.Kind);
        Assert.Equal("account:helpdesk1", saved.Actor);
        Assert.Equal("Catalogue.ProviderAdded", saved.Action);
        Assert.Equal(AuditOutcome.Success, saved.Outcome);
        Assert.Equal(7, saved.ApplicationId);
        Assert.Equal("EH-2026-000007", saved.ApplicationReference);
        Assert.Equal("68750110", saved.KvkNumber);
        Assert.Equal("Kadaster", saved.Details);
    }

    [Fact]
    public async Task Record_WithoutSaveChanges_NothingStored()
    {
        await using (var db = NewContext())
        {
            db.ServiceProviders.Add(new ServiceProvider { Name = "Kadaster" });
            new AuditLog(db, _clock).Record(AuditActor.System("test"), "Catalogue.ProviderAdded");
            Assert.Empty(await db.AuditEvents.ToListAsync()); // queued in the unit of work, not yet written
        }

        await using var check = NewContext();
        Assert.Empty(await check.AuditEvents.ToListAsync());
        Assert.False(await check.ServiceProviders.AnyAsync());
    }

    [Fact]
    public async Task Record_UsesTheClock()
    {
        _clock.Advance(TimeSpan.FromHours(3));
        await using (var db = NewContext())
        {
            new AuditLog(db, _clock).Record(AuditActor.Anonymous("192.0.2.1"), "Application.Submitted", AuditOutcome.Refused);
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        var saved = await check.AuditEvents.SingleAsync();
        Assert.Equal(Now.UtcDateTime.AddHours(3), saved.OccurredAt);
        Assert.Equal("anoniem:192.0.2.1", saved.Actor);
        Assert.Equal(AuditOutcome.Refused, saved.Outcome);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SaveChanges_SavedEventModified_ThrowsAndKeepsEvent(bool async)
    {
        var id = await SaveOneEventAsync();
        await using (var db = NewContext())
        {
            var saved = await db.AuditEvents.SingleAsync(e => e.Id == id);
            db.Entry(saved).Property(e => e.Details).CurrentValue = "Afgewezen";

            var exception = async
                ? await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync())
                : Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

            Assert.Contains("append-only", exception.Message);
        }

        await using var check = NewContext();
        Assert.Equal("Goedgekeurd", (await check.AuditEvents.SingleAsync()).Details);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SaveChanges_SavedEventDeleted_ThrowsAndKeepsEvent(bool async)
    {
        var id = await SaveOneEventAsync();
        await using (var db = NewContext())
        {
            var saved = await db.AuditEvents.SingleAsync(e => e.Id == id);
            db.AuditEvents.Remove(saved);

            var exception = async
                ? await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync())
                : Assert.Throws<InvalidOperationException>(() => db.SaveChanges());

            Assert.Contains("append-only", exception.Message);
        }

        await using var check = NewContext();
        Assert.Equal(id, (await check.AuditEvents.SingleAsync()).Id);
    }

    [Fact]
    public async Task SaveChanges_SavedEventMarkedModifiedAlongsideOtherChange_NothingSaved()
    {
        var id = await SaveOneEventAsync();
        await using (var db = NewContext())
        {
            var saved = await db.AuditEvents.SingleAsync(e => e.Id == id);
            db.Entry(saved).State = EntityState.Modified;
            db.ServiceProviders.Add(new ServiceProvider { Name = "Kadaster" });

            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
        }

        await using var check = NewContext();
        Assert.False(await check.ServiceProviders.AnyAsync());
    }

    [Fact]
    public async Task SaveChanges_NewEventAfterSavedOne_Appends()
    {
        await SaveOneEventAsync();
        await using (var db = NewContext())
        {
            _ = await db.AuditEvents.ToListAsync(); // tracked, unchanged
            new AuditLog(db, _clock).Record(AuditActor.System("test"), "Application.Completed");
            await db.SaveChangesAsync();
        }

        await using var check = NewContext();
        Assert.Equal(2, await check.AuditEvents.CountAsync());
    }
}
