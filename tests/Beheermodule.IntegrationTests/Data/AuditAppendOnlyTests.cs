using Beheermodule.Core.Audit;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Data;

/// <summary>The migrated database itself refuses to change or remove audit events, whatever the code path.</summary>
public sealed class AuditAppendOnlyTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task BulkUpdateOrDelete_OfAuditEvents_IsRefusedByTheDatabase()
    {
        await factory.WithDbAsync(async db =>
        {
            db.AuditEvents.Add(new AuditEvent(DateTime.UtcNow, "test", "test.event", AuditOutcome.Success));
            return await db.SaveChangesAsync();
        });

        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(db => db.AuditEvents.ExecuteUpdateAsync(s => s.SetProperty(e => e.Actor, "vervalst"))));
        await Assert.ThrowsAnyAsync<Exception>(() => factory.WithDbAsync(db => db.AuditEvents.ExecuteDeleteAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "test.event" && e.Actor == "test")));
    }
}
