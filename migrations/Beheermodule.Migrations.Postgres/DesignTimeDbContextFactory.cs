using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beheermodule.Migrations.Postgres;

/// <summary>Lets dotnet-ef build the model for PostgreSQL; no server is contacted to add a migration.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BeheermoduleDbContext>
{
    public BeheermoduleDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BeheermoduleDbContext>();
        DatabaseServiceCollectionExtensions.Configure(options, new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = "Host=localhost;Database=beheermodule_design;Username=postgres",
        });
        return new BeheermoduleDbContext(options.Options);
    }
}
