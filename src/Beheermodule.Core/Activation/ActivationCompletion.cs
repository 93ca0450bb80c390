using Beheermodule.Core.Audit;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Activation;

/// <summary>
/// Makes a bound means Active once its holder has every factor its level needs, and with it the machtigingen that
/// were waiting for the holder. Joins the caller's unit of work.
/// </summary>
public sealed class ActivationCompletion(BeheermoduleDbContext db, HolderFactors factors, AuditLog audit, TimeProvider clock)
{
    /// <summary>True when the means became Active now.</summary>
    public async Task<bool> CompleteIfReadyAsync(Means means, AuditActor actor, RegisteredFactors? known = null, CancellationToken cancellationToken = default)
    {
        if (means.Status != MeansStatus.AwaitingActivation || means.UserAccountId is not { } accountId)
        {
            return false;
        }
        var registered = known ?? await factors.OfAsync(accountId, cancellationToken);
        if ((means.Level.NeedsOtp() && !registered.HasResponder) || (means.Level.NeedsPkiCertificate() && !registered.HasCertificate))
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        means.Status = MeansStatus.Active;
        means.ActivatedAt = now;
        var kvkNumber = await db.Organisations.Where(o => o.Id == means.OrganisationId).Select(o => o.KvkNumber).SingleAsync(cancellationToken);
        audit.Record(actor, "means.activated", kvkNumber: kvkNumber, details: $"Middel {means.Id} ({means.Level.DisplayName()}) is actief.");
        var waiting = await db.Authorizations.Where(a => a.MeansId == means.Id && a.Status == AuthorizationStatus.Pending).ToListAsync(cancellationToken);
        foreach (var authorization in waiting)
        {
            authorization.Status = AuthorizationStatus.Active;
            audit.Record(actor, "authorization.activated", kvkNumber: kvkNumber,
                details: authorization.IsManagerRole ? $"Machtigingenbeheerder (machtiging {authorization.Id})." : $"Machtiging {authorization.Id} voor dienst {authorization.ServiceId}.");
        }
        return true;
    }
}
