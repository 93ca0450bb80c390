using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Catalogue;

/// <summary>Reads the service catalogue: "Welk niveau heb ik nodig?" and the services a user can be authorised for.</summary>
public sealed class ServiceCatalogue(BeheermoduleDbContext db)
{
    public const int MaxSearchResults = 50;

    public async Task<IReadOnlyList<Service>> SearchAsync(string? query, CancellationToken cancellationToken = default)
    {
        var services = db.Services.AsNoTracking().Include(s => s.ServiceProvider).AsQueryable();
        foreach (var word in SearchWords(query))
        {
            services = services.Where(s => s.SearchText.Contains(word));
        }
        return await services
            .OrderBy(s => s.ServiceProvider.Name).ThenBy(s => s.Name)
            .Take(MaxSearchResults)
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Service>> AllAsync(CancellationToken cancellationToken = default) =>
        await db.Services.AsNoTracking().Include(s => s.ServiceProvider)
            .OrderBy(s => s.ServiceProvider.Name).ThenBy(s => s.Name)
            .ToListAsync(cancellationToken);

    public static string ToSearchText(string provider, string name) => $"{provider} {name}".ToLowerInvariant();

    private static IEnumerable<string> SearchWords(string? query) =>
        (query ?? "").ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Take(8);
}
