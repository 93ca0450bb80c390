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
public sealed class ManagedOrganisations(BeheermoduleDbContext db, TimeProvider clock)
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

    public Task<bool> ManagesAsync(string userAccountId, int organisationId, CancellationToken cancellationToken = default) =>
        ManagerRoles(userAccountId, DutchDates.Today(clock)).AnyAsync(a => a.OrganisationId == organisationId, cancellationToken);

    private IQueryable<Authorization> ManagerRoles(string userAccountId, DateOnly today) =>
        db.Authorizations.Where(a =>
            a.IsManagerRole && a.Status == AuthorizationStatus.Active && a.ValidFrom <= today && today <= a.ValidUntil
            && a.Means.UserAccountId == userAccountId && a.Means.Status == MeansStatus.Active);
}
