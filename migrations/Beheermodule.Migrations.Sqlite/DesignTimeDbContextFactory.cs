using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Beheermodule.Migrations.Sqlite;

/// <summary>Lets dotnet-ef build the model for SQLite without starting the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<BeheermoduleDbContext>
{
    public BeheermoduleDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<BeheermoduleDbContext>();
        DatabaseServiceCollectionExtensions.Configure(options, new DatabaseOptions
        {
            Provider = DatabaseProvider.Sqlite,
            ConnectionString = "Data Source=design-time.db",
        });
        return new BeheermoduleDbContext(options.Options);
    }
}
