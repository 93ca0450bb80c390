using Beheermodule.Core.Accounts;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.ServiceLogin;

/// <summary>What a service learns about who acts for whom: the legal subject (KvK number, and a vestiging when bound to one).</summary>
public sealed record LegalSubject(string KvkNumber, string? BranchNumber);

public abstract record ServiceAccess
{
    /// <summary>
    /// May act: the means it acts with, the machtiging that allows it (its "last used" moves), the legal subject and
    /// the level reached.
    /// </summary>
    public sealed record Allowed(Means Means, Authorization Authorization, LegalSubject LegalSubject, AssuranceLevel Level) : ServiceAccess;

    /// <summary>
    /// May not: rule 16's message for the page, with why in plain words. <see cref="Reason"/> goes to the audit trail.
    /// </summary>
    public sealed record Refused(string Message, string Detail, string Reason) : ServiceAccess;
}

/// <summary>One organisation a person can act for with an active means.</summary>
public sealed record ActingOrganisation(int Id, string Name, string KvkNumber);

/// <summary>
/// The check at a service log-in (rules 15 and 16): an active means of this person at this organisation, at least the
/// service's level; an active machtiging valid today for this service, or for "alle diensten" up to a sufficient
/// level; and its vestiging respected. The person never chooses what is checked: only which organisation.
/// </summary>
public sealed class ServiceAccessCheck(BeheermoduleDbContext db, TimeProvider clock)
{
    /// <summary>Rule 16's text, with the names filled in.</summary>
    public static string Rule16Message(string serviceName, string organisationName) =>
        $"U heeft geen toegang tot de dienst '{serviceName}'. U kunt daarom niet optreden namens de volgende entiteit(en):\n" +
        $"- {organisationName}. Neem contact op met uw beheerder om de benodigde rechten te ontvangen.";

    /// <summary>The level a log-in reached: the means' level, but no more than EH2 when only a password was given.</summary>
    public static AssuranceLevel LevelReached(AssuranceLevel meansLevel, string signInMethod) =>
        signInMethod == SignInMethod.Password && meansLevel.NeedsOtp() ? AssuranceLevel.EH2 : meansLevel;

    public async Task<IReadOnlyList<ActingOrganisation>> OrganisationsOfAsync(string userAccountId, CancellationToken cancellationToken = default) =>
        await db.Means.AsNoTracking()
            .Where(m => m.UserAccountId == userAccountId && (m.Status == MeansStatus.Active || m.Status == MeansStatus.Suspended))
            .Select(m => m.Organisation)
            .Distinct()
            .OrderBy(o => o.Name)
            .Select(o => new ActingOrganisation(o.Id, o.Name, o.KvkNumber))
            .ToListAsync(cancellationToken);

    public async Task<ServiceAccess> CheckAsync(string userAccountId, ActingOrganisation organisation, Service service, string signInMethod,
        CancellationToken cancellationToken = default)
    {
        ServiceAccess.Refused Refuse(string detail, string reason) => new(Rule16Message(service.Name, organisation.Name), detail, reason);

        var means = await db.Means.Include(m => m.Organisation)
            .Where(m => m.UserAccountId == userAccountId && m.OrganisationId == organisation.Id
                && (m.Status == MeansStatus.Active || m.Status == MeansStatus.Suspended))
            .OrderByDescending(m => m.Status == MeansStatus.Active).ThenByDescending(m => m.Level)
            .FirstOrDefaultAsync(cancellationToken);
        if (means is null)
        {
            return Refuse($"U heeft geen actief middel voor {organisation.Name}.", "geen actief middel");
        }
        if (means.Status == MeansStatus.Suspended)
        {
            // Not rule 16: nothing is missing that the beheerder could give; the holder's own letter ends it.
            return new ServiceAccess.Refused(
                $"Uw middel voor {organisation.Name} wordt opgewaardeerd. U kunt daarom nu niet inloggen bij de dienst '{service.Name}'.",
                "Activeer eerst de nieuwe aanmeldcode uit uw brief; daarna logt u weer in, met dezelfde machtigingen.", "middel opgeschort");
        }
        var level = LevelReached(means.Level, signInMethod);
        if (!level.Satisfies(service.RequiredLevel))
        {
            return Refuse(
                $"Deze dienst vraagt minimaal {service.RequiredLevel.DisplayName()}; u logde in op {level.DisplayName()}. " +
                "Vraag een opwaardering van uw middel aan, of log in met uw OTP-code.", "niveau te laag");
        }

        var today = DutchDates.Today(clock);
        var machtigingen = await db.Authorizations
            .Where(a => a.MeansId == means.Id && !a.IsManagerRole && a.Status == AuthorizationStatus.Active
                && a.ValidFrom <= today && today <= a.ValidUntil
                && (a.ServiceId == service.Id || (a.ServiceId == null && a.AllServicesUpTo != null && a.AllServicesUpTo >= service.RequiredLevel)))
            .ToListAsync(cancellationToken);
        if (machtigingen.Count == 0)
        {
            return Refuse("U heeft voor deze dienst geen geldige machtiging.", "geen machtiging");
        }
        var usable = machtigingen
            .Where(a => a.BranchNumber is null || means.BranchNumber is null || a.BranchNumber == means.BranchNumber)
            .Where(a => !service.RefusesBranchBoundMeans || (a.BranchNumber ?? means.BranchNumber) is null)
            .OrderByDescending(a => a.ServiceId == service.Id).ThenBy(a => a.BranchNumber is not null).ThenByDescending(a => a.ValidUntil)
            .FirstOrDefault();
        if (usable is null)
        {
            return Refuse(
                service.RefusesBranchBoundMeans
                    ? $"{service.Name} accepteert geen machtiging of middel voor één vestiging."
                    : "Uw machtiging geldt voor een andere vestiging dan uw middel.",
                "vestiging");
        }
        return new ServiceAccess.Allowed(means, usable, new LegalSubject(organisation.KvkNumber, usable.BranchNumber ?? means.BranchNumber), level);
    }
}
