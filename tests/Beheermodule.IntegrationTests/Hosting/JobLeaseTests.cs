using Beheermodule.Core.Hosting;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Hosting;

/// <summary>The database lease that lets one of several app instances do a daily run.</summary>
public sealed class JobLeaseTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private static readonly TimeSpan Duration = TimeSpan.FromMinutes(30);

    private async Task<T> WithLeasesAsync<T>(Func<JobLeases, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<JobLeases>());
    }

    [Fact]
    public async Task ManyAtOnce_ExactlyOneTakesTheLease()
    {
        var job = $"test-{Guid.NewGuid():N}";

        var takes = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => WithLeasesAsync(l => l.TryTakeAsync(job, Day, Duration))));

        Assert.Single(takes, t => t is not null);
    }

    [Fact]
    public async Task ALiveLease_IsLeftAlone_AnExpiredOne_IsTakenOver()
    {
        var job = $"test-{Guid.NewGuid():N}";
        var first = await WithLeasesAsync(l => l.TryTakeAsync(job, Day, Duration));
        Assert.NotNull(first);

        Assert.Null(await WithLeasesAsync(l => l.TryTakeAsync(job, Day, Duration)));

        factory.Clock.Advance(Duration + TimeSpan.FromSeconds(1));
        var takeover = await WithLeasesAsync(l => l.TryTakeAsync(job, Day, Duration));
        Assert.NotNull(takeover);
        Assert.NotEqual(first.Holder, takeover.Holder);
        // The instance that lost its lease cannot mark the run done.
        Assert.False(await WithLeasesAsync(l => l.CompleteAsync(first)));
        Assert.True(await WithLeasesAsync(l => l.CompleteAsync(takeover)));
    }

    [Fact]
    public async Task ACompletedRun_IsNotTakenAgainThatDay_ButTheNextDay()
    {
        var job = $"test-{Guid.NewGuid():N}";
        var lease = await WithLeasesAsync(l => l.TryTakeAsync(job, Day, Duration));
        Assert.True(await WithLeasesAsync(l => l.CompleteAsync(lease!)));

        Assert.True(await WithLeasesAsync(l => l.HasCompletedAsync(job, Day)));
        Assert.Null(await WithLeasesAsync(l => l.TryTakeAsync(job, Day, Duration)));
        Assert.False(await WithLeasesAsync(l => l.HasCompletedAsync(job, Day.AddDays(1))));
        Assert.NotNull(await WithLeasesAsync(l => l.TryTakeAsync(job, Day.AddDays(1), Duration)));
    }

    [Fact]
    public async Task AReleasedRun_CanBeTakenAgainAtOnce()
    {
        var job = $"test-{Guid.NewGuid():N}";
        var lease = await WithLeasesAsync(l => l.TryTakeAsync(job, Day, Duration));
        await WithLeasesAsync(async l => { await l.ReleaseAsync(lease!); return true; });

        Assert.NotNull(await WithLeasesAsync(l => l.TryTakeAsync(job, Day, Duration)));
    }
}
