using Beheermodule.Core.Audit;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Kvk;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.AuthorizationManagement;

/// <summary>What a beheerder asks: one holder, one service or "alle diensten" up to a level, a term, maybe one vestiging.</summary>
public sealed record GrantRequest(
    int MeansId, int? ServiceId, AssuranceLevel? AllServicesUpTo, int Years, DateOnly StartsOn, string? BranchNumber, bool BranchWarningAccepted = false);

public abstract record GrantOutcome
{
    public sealed record Granted(Authorization Authorization) : GrantOutcome;

    /// <summary>Refused; <see cref="Field"/> names the request's property the message belongs beside.</summary>
    public sealed record Refused(string Field, string Message) : GrantOutcome;

    /// <summary>Allowed, but the beheerder should know something first (a service that refuses vestiging-bound means).</summary>
    public sealed record NeedsConfirmation(string Warning) : GrantOutcome;
}

/// <summary>
/// A beheerder grants a machtiging (issue 5, rule: a machtiging may need at most the holder's level). Every lookup is
/// scoped to the organisation the beheerder manages; a means of another organisation is not found.
/// </summary>
public sealed class AuthorizationGrant(BeheermoduleDbContext db, IKvkRegistry kvk, AuditLog audit, TimeProvider clock)
{
    public const string UpgradePath = "/aanvragen";

    public async Task<GrantOutcome> GrantAsync(ManagedOrganisation organisation, string beheerder, GrantRequest request, CancellationToken cancellationToken = default)
    {
        var today = DutchDates.Today(clock);
        var means = await db.Means.SingleOrDefaultAsync(m => m.Id == request.MeansId && m.OrganisationId == organisation.Id, cancellationToken);
        if (means is null || means.Status == MeansStatus.Ended)
        {
            return new GrantOutcome.Refused(nameof(request.MeansId), "Kies een collega met een eHerkenningsmiddel van deze organisatie.");
        }
        if (!AuthorizationTerm.IsAllowed(request.Years))
        {
            return new GrantOutcome.Refused(nameof(request.Years), "Kies een geldigheid van 1, 3 of 5 jaar.");
        }
        if (request.StartsOn < today || request.StartsOn > today.AddYears(1))
        {
            return new GrantOutcome.Refused(nameof(request.StartsOn), $"Kies een startdatum vanaf vandaag ({DutchDates.Format(today)}) en binnen een jaar.");
        }
        var holder = means.HolderName;
        Service? service = null;
        AssuranceLevel required;
        if (request.ServiceId is { } serviceId)
        {
            service = await db.Services.Include(s => s.ServiceProvider).SingleOrDefaultAsync(s => s.Id == serviceId, cancellationToken);
            if (service is null)
            {
                return new GrantOutcome.Refused(nameof(request.ServiceId), "Kies een dienst uit de lijst.");
            }
            required = service.RequiredLevel;
        }
        else if (request.AllServicesUpTo is { } level)
        {
            required = level;
        }
        else
        {
            return new GrantOutcome.Refused(nameof(request.ServiceId), "Kies een dienst, of alle diensten tot een niveau.");
        }
        if (!means.Level.Satisfies(required))
        {
            var what = service is null ? $"Alle diensten tot en met {required.DisplayName()}" : $"De dienst '{service.Name}'";
            return new GrantOutcome.Refused(request.ServiceId is null ? nameof(request.AllServicesUpTo) : nameof(request.ServiceId),
                $"{what} vraagt minimaal niveau {required.DisplayName()}, en het middel van {holder} heeft niveau {means.Level.DisplayName()}. " +
                $"Vraag eerst een opwaardering van dat middel aan via {UpgradePath}.");
        }
        string? branch = null;
        if (!string.IsNullOrWhiteSpace(request.BranchNumber))
        {
            if (!BranchNumber.TryParse(request.BranchNumber, out var parsed, out var error))
            {
                return new GrantOutcome.Refused(nameof(request.BranchNumber), error!);
            }
            if (await BranchProblemAsync(organisation, parsed, cancellationToken) is { } problem)
            {
                return new GrantOutcome.Refused(nameof(request.BranchNumber), problem);
            }
            branch = parsed.Value;
            if (service is { RefusesBranchBoundMeans: true } && !request.BranchWarningAccepted)
            {
                return new GrantOutcome.NeedsConfirmation(
                    $"{service.DisplayName} weigert machtigingen die beperkt zijn tot één vestiging. Met deze machtiging kan {holder} daar waarschijnlijk niet inloggen.");
            }
        }
        var duplicate = await db.Authorizations.AnyAsync(a =>
            a.MeansId == means.Id && !a.IsManagerRole
            && (a.Status == AuthorizationStatus.Pending || a.Status == AuthorizationStatus.Active)
            && a.ServiceId == request.ServiceId && a.AllServicesUpTo == (service == null ? request.AllServicesUpTo : null)
            && a.BranchNumber == branch, cancellationToken);
        if (duplicate)
        {
            return new GrantOutcome.Refused(nameof(request.ServiceId), $"{holder} heeft deze machtiging al. Verleng die als ze langer moet gelden.");
        }

        var authorization = new Authorization
        {
            MeansId = means.Id,
            OrganisationId = organisation.Id,
            ServiceId = service?.Id,
            AllServicesUpTo = service is null ? required : null,
            BranchNumber = branch,
            Status = means.Status == MeansStatus.AwaitingActivation ? AuthorizationStatus.Pending : AuthorizationStatus.Active,
            ValidFrom = request.StartsOn,
            ValidUntil = AuthorizationTerm.LastDay(request.StartsOn, request.Years),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            GrantedBy = $"beheerder {beheerder}",
        };
        db.Authorizations.Add(authorization);
        audit.Record(AuditActor.Account(beheerder), "authorization.granted",
            details: $"{organisation.KvkNumber}: {holder} voor {(service?.DisplayName ?? $"alle diensten tot en met {required.DisplayName()}")}" +
                $"{(branch is null ? "" : $", alleen vestiging {branch}")}, {DutchDates.Format(authorization.ValidFrom)} t/m {DutchDates.Format(authorization.ValidUntil)}");
        await db.SaveChangesAsync(cancellationToken);
        return new GrantOutcome.Granted(authorization);
    }

    private async Task<string?> BranchProblemAsync(ManagedOrganisation organisation, BranchNumber parsed, CancellationToken cancellationToken)
    {
        var lookup = await kvk.LookupAsync(KvkNumber.Parse(organisation.KvkNumber), cancellationToken);
        if (lookup.Company is not { } company)
        {
            return "Het KvK-register is nu niet bereikbaar, dus de vestiging kan niet worden gecontroleerd. Probeer het later opnieuw.";
        }
        return company.FindBranch(parsed) is not null ? null : $"Vestiging {parsed} hoort niet bij KvK-nummer {organisation.KvkNumber}.";
    }
}
