using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Hosting;

/// <summary>
/// Takes and releases <see cref="JobLease"/>s with conditional updates, so of several instances racing for one run
/// exactly one wins, on SQLite and PostgreSQL alike. A live lease of another holder is left alone; an expired one
/// (its holder died mid-run) is taken over.
/// </summary>
public sealed class JobLeases(BeheermoduleDbContext db, JobInstance instance, TimeProvider clock)
{
    private static readonly DateTime NeverLeased = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>
    /// Takes the lease for the run of <paramref name="runDate"/> for <paramref name="duration"/>; null when that run
    /// has finished already or another holder's lease is still live.
    /// </summary>
    public async Task<JobLeaseHandle?> TryTakeAsync(string jobName, DateOnly runDate, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        await EnsureRowAsync(jobName, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var holder = instance.NewHolder();
        var leasedUntil = now + duration;
        var taken = await db.JobLeases
            .Where(l => l.JobName == jobName && l.LeasedUntil <= now && (l.LastCompletedOn == null || l.LastCompletedOn < runDate))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntil, leasedUntil), cancellationToken);
        return taken == 1 ? new JobLeaseHandle(jobName, holder, runDate) : null;
    }

    /// <summary>Whether the run of <paramref name="runDate"/> has finished, on this instance or another.</summary>
    public Task<bool> HasCompletedAsync(string jobName, DateOnly runDate, CancellationToken cancellationToken = default) =>
        db.JobLeases.AnyAsync(l => l.JobName == jobName && l.LastCompletedOn >= runDate, cancellationToken);

    /// <summary>Records the run as finished and frees the lease; false when the lease was lost meanwhile.</summary>
    public async Task<bool> CompleteAsync(JobLeaseHandle lease, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var updated = await db.JobLeases
            .Where(l => l.JobName == lease.JobName && l.Holder == lease.Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastCompletedOn, lease.RunDate).SetProperty(l => l.LeasedUntil, now), cancellationToken);
        return updated == 1;
    }

    /// <summary>Frees the lease without finishing the run (it failed), so the next check may try again at once.</summary>
    public async Task ReleaseAsync(JobLeaseHandle lease, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.JobLeases
            .Where(l => l.JobName == lease.JobName && l.Holder == lease.Holder)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.LeasedUntil, now), cancellationToken);
    }

    // The first run of a job creates its row; when two instances insert at once, the primary key refuses one,
    // and the loser simply goes on to the conditional update, which the winner's lease then refuses.
    private async Task EnsureRowAsync(string jobName, CancellationToken cancellationToken)
    {
        if (await db.JobLeases.AnyAsync(l => l.JobName == jobName, cancellationToken))
        {
            return;
        }
        var row = db.JobLeases.Add(new JobLease { JobName = jobName, LeasedUntil = NeverLeased });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance created it first.
        }
        finally
        {
            row.State = EntityState.Detached;
        }
    }
}

/// <summary>A lease taken for one run; <see cref="Holder"/> tells this attempt apart from every other.</summary>
public sealed record JobLeaseHandle(string JobName, string Holder, DateOnly RunDate);

/// <summary>This app instance's name in the lease table, so an operator can see which instance holds a job.</summary>
public sealed class JobInstance
{
    public string Name { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <summary>A holder unique to one attempt: two attempts in one process must not share a lease either.</summary>
    public string NewHolder() => $"{Name}:{Guid.NewGuid():N}";
}
