using System.Security.Cryptography;
using System.Text;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Throttling;

/// <summary>How many failures one source may have within 15 minutes and within a day.</summary>
public sealed record FailureLimit(string Source, int PerQuarterHour, int PerDay);

/// <summary>An attempt counted in advance: <see cref="Allowed"/> when no source went over its limit with it.</summary>
public sealed record CountedAttempt(IReadOnlyList<long> Ids, bool Allowed);

/// <summary>
/// Failures per source, counted in the database so every app instance sees the same ones. An attempt is written
/// before it is checked and committed at once, and only then are the counts read: of any number of simultaneous
/// attempts, no more get through than the limits allow. An attempt that succeeds, or that was refused unchecked,
/// is taken out again, so only real failures count.
/// </summary>
public sealed class FailureLedger(BeheermoduleDbContext db, TimeProvider clock)
{
    public async Task<CountedAttempt> CountAttemptAsync(IReadOnlyList<FailureLimit> limits, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = limits.Select(l => new FailedAttempt { SourceHash = Hash(l.Source), AttemptedAt = now }).ToList();
        db.FailedAttempts.AddRange(rows);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var row in rows)
        {
            db.Entry(row).State = EntityState.Detached;
        }
        var dayAgo = now.AddDays(-1);
        var quarterAgo = now.AddMinutes(-15);
        var allowed = true;
        foreach (var limit in limits)
        {
            var hash = Hash(limit.Source);
            var recent = db.FailedAttempts.Where(a => a.SourceHash == hash && a.AttemptedAt > dayAgo);
            if (await recent.CountAsync(a => a.AttemptedAt > quarterAgo, cancellationToken) > limit.PerQuarterHour
                || await recent.CountAsync(cancellationToken) > limit.PerDay)
            {
                allowed = false;
                break;
            }
        }
        var counted = new CountedAttempt(rows.Select(r => r.Id).ToList(), allowed);
        if (!allowed)
        {
            await ForgiveAsync(counted, cancellationToken);
        }
        return counted;
    }

    /// <summary>The attempt succeeded (or was never checked): it no longer counts.</summary>
    public Task ForgiveAsync(CountedAttempt attempt, CancellationToken cancellationToken = default) =>
        db.FailedAttempts.Where(a => attempt.Ids.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);

    /// <summary>Attempts older than a day no longer count towards any limit.</summary>
    public Task<int> ForgetOldAttemptsAsync(CancellationToken cancellationToken = default)
    {
        var dayAgo = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        return db.FailedAttempts.Where(a => a.AttemptedAt <= dayAgo).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Hash(string source) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}
