using Beheermodule.Core.Throttling;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Throttling;

public sealed class FailureLedgerBurstOnSqliteTests(BeheermoduleFactory factory) : FailureLedgerBurstTests(factory), IClassFixture<BeheermoduleFactory>;

public sealed class FailureLedgerBurstOnPostgresTests(PostgresBeheermoduleFactory factory) : FailureLedgerBurstTests(factory), IClassFixture<PostgresBeheermoduleFactory>;

/// <summary>
/// Attempts from one source at the same moment: each is counted before it is checked, so of any number at once no
/// more get through than the limit, and the ones refused unchecked do not count afterwards.
/// </summary>
public abstract class FailureLedgerBurstTests(BeheermoduleFactory factory)
{
    private const int PerQuarterHour = 5;

    [Theory]
    [InlineData(20)]
    [InlineData(60)]
    public async Task ABurstOfAttempts_LetsAtMostTheLimitThrough_AndOnlyThoseCount(int attempts)
    {
        var limit = new FailureLimit($"burst:{Guid.NewGuid():N}", PerQuarterHour, 100);
        var scopes = Enumerable.Range(0, attempts).Select(_ => factory.Services.CreateAsyncScope()).ToList();
        CountedAttempt[] counted;
        try
        {
            counted = await Task.WhenAll(scopes.Select(scope => Task.Run(() =>
                scope.ServiceProvider.GetRequiredService<FailureLedger>().CountAttemptAsync([limit]))));
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }

        var allowed = counted.Count(c => c.Allowed);
        Assert.InRange(allowed, 0, PerQuarterHour);
        var kept = counted.SelectMany(c => c.Ids).ToList();
        Assert.Equal(allowed, await factory.WithDbAsync(db => db.FailedAttempts.CountAsync(a => kept.Contains(a.Id))));

        // Afterwards the source has exactly the rest of its budget.
        await using var after = factory.Services.CreateAsyncScope();
        var ledger = after.ServiceProvider.GetRequiredService<FailureLedger>();
        for (var i = allowed; i < PerQuarterHour; i++)
        {
            Assert.True((await ledger.CountAttemptAsync([limit])).Allowed);
        }
        Assert.False((await ledger.CountAttemptAsync([limit])).Allowed);
    }
}
