using Beheermodule.Core.Audit;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.AuthorizationManagement;

/// <summary>
/// What a beheerder changes on existing machtigingen: revoke at once, renew, end on a date, and give or take the
/// beheerder role (the last beheerder stays). Each returns null when done, otherwise why not in Dutch; each finds
/// the machtiging or means only within the managed organisation, so another organisation's id is simply not found.
/// </summary>
public sealed class AuthorizationChanges(BeheermoduleDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string NotFound = "Deze machtiging bestaat niet (meer) bij deze organisatie.";

    public async Task<string?> RevokeAsync(ManagedOrganisation organisation, string beheerder, int authorizationId, CancellationToken cancellationToken = default)
    {
        if (await CurrentAsync(organisation, authorizationId, cancellationToken) is not { } authorization)
        {
            return NotFound;
        }
        if (authorization.IsManagerRole && await IsLastManagerAsync(organisation, authorization, cancellationToken))
        {
            return LastManager;
        }
        authorization.Status = AuthorizationStatus.Revoked;
        authorization.EndedAt = clock.GetUtcNow().UtcDateTime;
        authorization.EndedBy = $"beheerder {beheerder}";
        authorization.Touch();
        audit.Record(AuditActor.Account(beheerder), authorization.IsManagerRole ? "authorization.manager-role-taken" : "authorization.revoked",
            details: $"{organisation.KvkNumber}: {Describe(authorization)}");
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Extends by a term from its current end (or from today when that is sooner), never beyond 5 years from today.</summary>
    public async Task<string?> RenewAsync(ManagedOrganisation organisation, string beheerder, int authorizationId, int years, CancellationToken cancellationToken = default)
    {
        if (!AuthorizationTerm.IsAllowed(years))
        {
            return "Kies een verlenging van 1, 3 of 5 jaar.";
        }
        if (await CurrentAsync(organisation, authorizationId, cancellationToken) is not { } authorization)
        {
            return NotFound;
        }
        var today = DutchDates.Today(clock);
        var from = authorization.ValidUntil < today ? today : authorization.ValidUntil.AddDays(1);
        var limit = AuthorizationTerm.LastDay(today, AuthorizationTerm.MaxYears);
        var until = AuthorizationTerm.LastDay(from, years);
        if (until > limit)
        {
            return $"Een machtiging geldt hoogstens 5 jaar vooruit: tot en met {DutchDates.Format(limit)}. Kies een kortere verlenging.";
        }
        var before = authorization.ValidUntil;
        authorization.ValidUntil = until;
        authorization.Reminder60SentAt = null;
        authorization.Reminder14SentAt = null;
        authorization.Touch();
        audit.Record(AuditActor.Account(beheerder), "authorization.renewed",
            details: $"{organisation.KvkNumber}: {Describe(authorization)}, einddatum {DutchDates.Format(before)} -> {DutchDates.Format(until)}");
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Ends on a chosen day: it still counts that day, and the daily job ends it after.</summary>
    public async Task<string?> EndOnAsync(ManagedOrganisation organisation, string beheerder, int authorizationId, DateOnly lastDay, CancellationToken cancellationToken = default)
    {
        if (await CurrentAsync(organisation, authorizationId, cancellationToken) is not { } authorization)
        {
            return NotFound;
        }
        var today = DutchDates.Today(clock);
        if (lastDay < today || lastDay >= authorization.ValidUntil)
        {
            return $"Kies een laatste dag vanaf vandaag en vóór de huidige einddatum ({DutchDates.Format(authorization.ValidUntil)}).";
        }
        if (authorization.IsManagerRole && await IsLastManagerAsync(organisation, authorization, cancellationToken))
        {
            return LastManager;
        }
        var before = authorization.ValidUntil;
        authorization.ValidUntil = lastDay;
        authorization.Touch();
        audit.Record(AuditActor.Account(beheerder), "authorization.end-set",
            details: $"{organisation.KvkNumber}: {Describe(authorization)}, einddatum {DutchDates.Format(before)} -> {DutchDates.Format(lastDay)}");
        return await SaveAsync(cancellationToken);
    }

    /// <summary>Beheer pages need a log-in with OTP, so only a holder of EH2+ or higher can use the role.</summary>
    public async Task<string?> GiveManagerRoleAsync(ManagedOrganisation organisation, string beheerder, int meansId, CancellationToken cancellationToken = default)
    {
        var means = await db.Means.SingleOrDefaultAsync(m => m.Id == meansId && m.OrganisationId == organisation.Id, cancellationToken);
        if (means is null || means.Status == MeansStatus.Ended)
        {
            return "Kies een collega met een eHerkenningsmiddel van deze organisatie.";
        }
        var holder = means.HolderName;
        if (!means.Level.NeedsOtp())
        {
            return $"Het beheer vraagt inloggen met een code uit een OTP-responder, dus minimaal niveau EH2+. Het middel van {holder} heeft niveau {means.Level.DisplayName()}.";
        }
        if (await db.Authorizations.AnyAsync(a => a.MeansId == means.Id && a.IsManagerRole
            && (a.Status == AuthorizationStatus.Pending || a.Status == AuthorizationStatus.Active), cancellationToken))
        {
            return $"{holder} is al machtigingenbeheerder.";
        }
        var today = DutchDates.Today(clock);
        db.Authorizations.Add(new Authorization
        {
            MeansId = means.Id,
            OrganisationId = organisation.Id,
            IsManagerRole = true,
            Status = means.Status == MeansStatus.AwaitingActivation ? AuthorizationStatus.Pending : AuthorizationStatus.Active,
            ValidFrom = today,
            ValidUntil = AuthorizationTerm.LastDay(today, AuthorizationTerm.MaxYears),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            GrantedBy = $"beheerder {beheerder}",
        });
        audit.Record(AuditActor.Account(beheerder), "authorization.manager-role-given", details: $"{organisation.KvkNumber}: {holder}");
        return await SaveAsync(cancellationToken);
    }

    public const string LastManager = "Dit is de laatste machtigingenbeheerder van de organisatie. Maak eerst een collega beheerder.";

    private Task<Authorization?> CurrentAsync(ManagedOrganisation organisation, int authorizationId, CancellationToken cancellationToken) =>
        db.Authorizations.Include(a => a.Means).Include(a => a.Service).ThenInclude(s => s!.ServiceProvider)
            .SingleOrDefaultAsync(a => a.Id == authorizationId && a.OrganisationId == organisation.Id
                && (a.Status == AuthorizationStatus.Pending || a.Status == AuthorizationStatus.Active), cancellationToken);

    /// <summary>The other active beheerders with an active means; a pending one cannot manage yet, so does not count.</summary>
    private async Task<bool> IsLastManagerAsync(ManagedOrganisation organisation, Authorization role, CancellationToken cancellationToken) =>
        !await db.Authorizations.AnyAsync(a => a.OrganisationId == organisation.Id && a.IsManagerRole && a.Id != role.Id
            && a.Status == AuthorizationStatus.Active && a.Means.Status == MeansStatus.Active, cancellationToken);

    private async Task<string?> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return "Deze machtiging is intussen gewijzigd. Bekijk het overzicht opnieuw.";
        }
    }

    private static string Describe(Authorization authorization) => $"{authorization.Means.HolderName}: {authorization.What}";
}
