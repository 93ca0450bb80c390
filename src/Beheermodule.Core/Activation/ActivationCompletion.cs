using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Activation;

/// <summary>
/// Makes a bound means Active once its holder has every factor its level needs, and with it the machtigingen that
/// were waiting for the holder. An upgrade (rule 13) completes the same way once its code is used: the pending level
/// becomes the level and the means is Active again, with the machtigingen it had. Joins the caller's unit of work.
/// </summary>
public sealed class ActivationCompletion(BeheermoduleDbContext db, HolderFactors factors, AuditLog audit, TimeProvider clock)
{
    /// <summary>True when the means became Active, or reached its new level, now.</summary>
    public async Task<bool> CompleteIfReadyAsync(Means means, AuditActor actor, RegisteredFactors? known = null, CancellationToken cancellationToken = default)
    {
        if (means.UserAccountId is not { } accountId)
        {
            return false;
        }
        var upgrade = await IsUpgradeWithCodeUsedAsync(means, cancellationToken);
        if (means.Status != MeansStatus.AwaitingActivation && !upgrade)
        {
            return false;
        }
        var level = upgrade ? means.PendingLevel!.Value : means.Level;
        var registered = known ?? await factors.OfAsync(accountId, cancellationToken);
        if ((level.NeedsOtp() && !registered.HasResponder) || (level.NeedsPkiCertificate() && !registered.HasCertificate))
        {
            return false;
        }
        var kvkNumber = await db.Organisations.Where(o => o.Id == means.OrganisationId).Select(o => o.KvkNumber).SingleAsync(cancellationToken);
        if (upgrade)
        {
            audit.Record(actor, "means.upgraded", kvkNumber: kvkNumber,
                details: $"Middel {means.Id} opgewaardeerd van {means.Level.DisplayName()} naar {level.DisplayName()}; de machtigingen blijven.");
            means.Level = level;
            means.PendingLevel = null;
        }
        else
        {
            audit.Record(actor, "means.activated", kvkNumber: kvkNumber, details: $"Middel {means.Id} ({means.Level.DisplayName()}) is actief.");
        }
        means.Status = MeansStatus.Active;
        means.ActivatedAt = clock.GetUtcNow().UtcDateTime;
        var waiting = await db.Authorizations.Where(a => a.MeansId == means.Id && a.Status == AuthorizationStatus.Pending).ToListAsync(cancellationToken);
        foreach (var authorization in waiting)
        {
            authorization.Status = AuthorizationStatus.Active;
            audit.Record(actor, "authorization.activated", kvkNumber: kvkNumber,
                details: authorization.IsManagerRole ? $"Machtigingenbeheerder (machtiging {authorization.Id})." : $"Machtiging {authorization.Id} voor dienst {authorization.ServiceId}.");
        }
        return true;
    }

    /// <summary>
    /// An upgrade whose letter's code has been used. <see cref="Means.ActivatedAt"/> moves to each completed
    /// upgrade, so a code used after it can only be the current upgrade's, never an earlier one's.
    /// </summary>
    private async Task<bool> IsUpgradeWithCodeUsedAsync(Means means, CancellationToken cancellationToken)
    {
        if (!means.IsBeingUpgraded || means.ActivatedAt is not { } since)
        {
            return false;
        }
        return await db.ActivationCodes.AnyAsync(c => c.MeansId == means.Id && c.Status == ActivationCodeStatus.Used && c.UsedAt > since, cancellationToken);
    }
}
