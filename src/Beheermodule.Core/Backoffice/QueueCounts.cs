using Beheermodule.Core.Data;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Backoffice;

/// <summary>
/// The queue's count per tab, shared by every request for a few seconds. Counting reads the whole status index,
/// which at 100,000 applications costs more than the rest of the page together, while the numbers change far less
/// often than the page is shown. A change saved by this instance makes the next page count afresh (see
/// <see cref="QueueCountsInterceptor"/>); a change saved by another instance shows within <see cref="Lifetime"/>.
/// </summary>
public sealed class QueueCounts(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private long _generation;
    private Snapshot? _snapshot;

    public async Task<IReadOnlyDictionary<ApplicationStatus, int>> GetAsync(BeheermoduleDbContext db, CancellationToken cancellationToken = default)
    {
        // Read before counting: a change saved while the count runs leaves the result stale, so it must not be kept.
        var generation = Interlocked.Read(ref _generation);
        var now = clock.GetUtcNow();
        if (Volatile.Read(ref _snapshot) is { } kept && kept.Generation == generation && now - kept.TakenAt < Lifetime)
        {
            return kept.Counts;
        }
        var counts = await db.Applications.GroupBy(a => a.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var perTab = ApplicationQueue.Tabs.ToDictionary(t => t, t => counts.FirstOrDefault(c => c.Key == t)?.Count ?? 0);
        Volatile.Write(ref _snapshot, new Snapshot(perTab, now, generation));
        return perTab;
    }

    public void Invalidate() => Interlocked.Increment(ref _generation);

    private sealed record Snapshot(IReadOnlyDictionary<ApplicationStatus, int> Counts, DateTimeOffset TakenAt, long Generation);
}
