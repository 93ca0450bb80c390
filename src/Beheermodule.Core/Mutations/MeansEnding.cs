using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// Ending a means (opzeggen, a new KvK number): in the caller's unit of work, its pending and active machtigingen are
/// revoked and its unused aanmeldcodes die with it, each transition audited.
/// </summary>
public sealed class MeansEnding(BeheermoduleDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Sets the end moment; when it has come, the means ends now. True when it ended now.</summary>
    public async Task<bool> EndAtAsync(Means means, DateTime at, AuditActor actor, string reason, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        means.EndAt(at, now);
        if (means.Status != MeansStatus.Ended)
        {
            audit.Record(actor, "means.end-scheduled", AuditOutcome.Success, means.ApplicationId, kvkNumber: means.Organisation.KvkNumber,
                details: $"Middel {means.Id} eindigt op {at:yyyy-MM-dd HH:mm} UTC. {reason}");
            return false;
        }
        await RecordEndedAsync(means, now, actor, reason, cancellationToken);
        return true;
    }

    public Task EndNowAsync(Means means, AuditActor actor, string reason, CancellationToken cancellationToken = default) =>
        EndAtAsync(means, clock.GetUtcNow().UtcDateTime, actor, reason, cancellationToken);

    /// <summary>Ends every means whose end moment has passed; returns how many. Run by <see cref="MeansEndingSchedule"/>.</summary>
    public async Task<int> EndDueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Means.Include(m => m.Organisation)
            .Where(m => m.Status != MeansStatus.Ended && m.EndsAt != null && m.EndsAt <= now)
            .OrderBy(m => m.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var means in due.Where(m => m.EndIfDue(now)))
        {
            await RecordEndedAsync(means, now, AuditActor.System("opzeggen"), "Einddatum bereikt.", cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    private async Task RecordEndedAsync(Means means, DateTime now, AuditActor actor, string reason, CancellationToken cancellationToken)
    {
        var kvkNumber = means.Organisation.KvkNumber;
        audit.Record(actor, "means.ended", AuditOutcome.Success, means.ApplicationId, kvkNumber: kvkNumber, details: $"Middel {means.Id}. {reason}");
        var authorizations = await db.Authorizations
            .Where(a => a.MeansId == means.Id && (a.Status == AuthorizationStatus.Pending || a.Status == AuthorizationStatus.Active))
            .ToListAsync(cancellationToken);
        foreach (var authorization in authorizations)
        {
            authorization.Status = AuthorizationStatus.Revoked;
            audit.Record(actor, "authorization.revoked", AuditOutcome.Success, means.ApplicationId, kvkNumber: kvkNumber,
                details: $"Machtiging {authorization.Id} van middel {means.Id}: het middel is beëindigd.");
        }
        // An unused code must not activate a means that no longer exists.
        var codes = await db.ActivationCodes.Where(c => c.MeansId == means.Id && c.Status == ActivationCodeStatus.Issued).ToListAsync(cancellationToken);
        foreach (var code in codes)
        {
            code.Status = ActivationCodeStatus.Revoked;
            code.RevokedAt = now;
            audit.Record(actor, "activation-code.revoked", AuditOutcome.Success, means.ApplicationId, kvkNumber: kvkNumber,
                details: $"Aanmeldcode {code.Id} van middel {means.Id}: het middel is beëindigd.");
        }
    }
}
