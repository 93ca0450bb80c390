using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.AuthorizationManagement;

public sealed record ManagedOrganisation(int Id, string Name, string KvkNumber);

/// <summary>
/// The organisations a person may manage: those where one of their means is active and carries an active
/// machtigingenbeheerder role valid today. Asked at every request, from the data, never from a form or a cookie.
/// </summary>
public sealed class ManagedOrganisations(BeheermoduleDbContext db, OrganisationScope scope, TimeProvider clock)
{
    public async Task<IReadOnlyList<ManagedOrganisation>> OfAsync(string userAccountId, CancellationToken cancellationToken = default)
    {
        var today = DutchDates.Today(clock);
        return await ManagerRoles(userAccountId, today)
            .Select(a => a.Organisation)
            .Distinct()
            .OrderBy(o => o.Name)
            .Select(o => new ManagedOrganisation(o.Id, o.Name, o.KvkNumber))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The organisation a request is about, when the person manages it; the request's <see cref="OrganisationScope"/>
    /// is then narrowed to it. Null for any other organisation, which the caller answers as not found.
    /// </summary>
    public async Task<ManagedOrganisation?> EnterAsync(string userAccountId, int organisationId, CancellationToken cancellationToken = default)
    {
        var organisation = (await OfAsync(userAccountId, cancellationToken)).FirstOrDefault(o => o.Id == organisationId);
        if (organisation is not null)
        {
            scope.NarrowTo(organisation.Id);
        }
        return organisation;
    }

    private IQueryable<Authorization> ManagerRoles(string userAccountId, DateOnly today) =>
        db.Authorizations.Where(a =>
            a.IsManagerRole && a.Status == AuthorizationStatus.Active && a.ValidFrom <= today && today <= a.ValidUntil
            && a.Means.UserAccountId == userAccountId && a.Means.Status == MeansStatus.Active);
}
