using Beheermodule.Core.Catalogue;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Data;

/// <summary>Brings the database to the current model and adds the service catalogue.</summary>
public sealed class DatabaseInitializer(BeheermoduleDbContext db, IOptions<DatabaseOptions> options, ServiceCatalogueSeeder catalogue)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (options.Value.MigrateAtStartup)
        {
            await MigrateAsync(cancellationToken);
        }
        await catalogue.SeedAsync(cancellationToken);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        await UniqueAccountEmailPreflight.CheckAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Readers do not block the writer: the app serves pages while a background job writes.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
