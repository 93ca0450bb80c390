using System.Security.Cryptography;
using System.Text;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Activation;

/// <summary>
/// Limits guessing aanmeldcodes per browser and per IP address, counted in the database so every app instance
/// sees the same attempts. Only wrong codes count: a holder with the right letter is never held up.
/// </summary>
public sealed class ActivationAttemptLimiter(BeheermoduleDbContext db, IOptions<ActivationOptions> options, TimeProvider clock)
{
    public static string BrowserSource(string browserId) => "browser:" + browserId;

    public static string AddressSource(string ipAddress) => "ip:" + ipAddress;

    /// <summary>True while none of the sources has reached the 15-minute or the daily limit.</summary>
    public async Task<bool> AllowsAsync(IEnumerable<string> sources, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dayAgo = now.AddDays(-1);
        var quarterAgo = now.AddMinutes(-15);
        foreach (var hash in sources.Select(Hash))
        {
            var recent = db.ActivationAttempts.Where(a => a.SourceHash == hash && a.AttemptedAt > dayAgo);
            if (await recent.CountAsync(a => a.AttemptedAt > quarterAgo, cancellationToken) >= options.Value.FailedAttemptsPerQuarterHour
                || await recent.CountAsync(cancellationToken) >= options.Value.FailedAttemptsPerDay)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Counts a wrong code against every source; saved with the caller's audit event.</summary>
    public void RecordFailure(IEnumerable<string> sources)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        db.ActivationAttempts.AddRange(sources.Select(source => new ActivationAttempt { SourceHash = Hash(source), AttemptedAt = now }));
    }

    /// <summary>Attempts older than a day no longer count towards any limit.</summary>
    public Task<int> ForgetOldAttemptsAsync(CancellationToken cancellationToken = default)
    {
        var dayAgo = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        return db.ActivationAttempts.Where(a => a.AttemptedAt <= dayAgo).ExecuteDeleteAsync(cancellationToken);
    }

    private static string Hash(string source) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source)));
}
