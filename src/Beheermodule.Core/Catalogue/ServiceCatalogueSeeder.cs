using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Catalogue;

/// <summary>Adds the seed services that are missing, matched by ServiceUUID; never changes staff edits.</summary>
public sealed class ServiceCatalogueSeeder(BeheermoduleDbContext db)
{
    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var known = await db.Services.Select(s => s.ServiceUuid).ToListAsync(cancellationToken);
        var providers = await db.ServiceProviders.ToDictionaryAsync(p => p.Name, cancellationToken);
        foreach (var entry in ServiceCatalogueSeed.Entries.Where(e => !known.Contains(e.ServiceUuid)))
        {
            if (!providers.TryGetValue(entry.Provider, out var provider))
            {
                provider = new ServiceProvider { Name = entry.Provider };
                providers[entry.Provider] = provider;
                db.ServiceProviders.Add(provider);
            }
            provider.Services.Add(new Service
            {
                ServiceUuid = entry.ServiceUuid,
                Name = entry.Name,
                RequiredLevel = entry.RequiredLevel,
                RefusesBranchBoundMeans = entry.RefusesBranchBoundMeans,
                SearchText = ServiceCatalogue.ToSearchText(entry.Provider, entry.Name),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
