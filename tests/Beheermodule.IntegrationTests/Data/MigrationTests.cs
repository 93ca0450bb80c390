using Beheermodule.Core.Accounts;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Beheermodule.IntegrationTests.Data;

/// <summary>
/// Both migration sets, on a fresh database of their provider: every migration applies, none is left pending, the
/// catalogue seeds, and the model has no change that lacks a migration (a mapping changed without dotnet-ef).
/// </summary>
public sealed class MigrationTests
{
    public const string PostgresVariable = "BEHEERMODULE_TEST_POSTGRES";

    [Fact]
    public Task Sqlite_FreshDatabase_AllMigrationsApplyAndCatalogueSeeds() => WithFreshDatabaseAsync(DatabaseProvider.Sqlite, AssertMigratesAndSeedsAsync);

    [Fact]
    public Task Postgres_FreshDatabase_AllMigrationsApplyAndCatalogueSeeds() => WithFreshDatabaseAsync(DatabaseProvider.Postgres, AssertMigratesAndSeedsAsync);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UniqueAccountEmail_WhereTwoAccountsShareAnAddress_StopsWithTheDuplicates_AndMergesNobody(string provider)
    {
        await WithFreshDatabaseAsync(provider, async options =>
        {
            await using var db = CreateContext(options);
            var all = db.Database.GetMigrations().ToList();
            var before = all[all.FindIndex(m => m.EndsWith("_" + UniqueAccountEmailPreflight.Migration, StringComparison.Ordinal)) - 1];
            await db.GetService<IMigrator>().MigrateAsync(before);
            db.Users.AddRange(
                new UserAccount { UserName = "jansen-oud", NormalizedUserName = "JANSEN-OUD", Email = "j.jansen@example.nl", NormalizedEmail = "J.JANSEN@EXAMPLE.NL", Initials = "J.", Surname = "Jansen" },
                new UserAccount { UserName = "jansen-nieuw", NormalizedUserName = "JANSEN-NIEUW", Email = "J.Jansen@example.nl", NormalizedEmail = "J.JANSEN@EXAMPLE.NL", Initials = "K.", Surname = "Jansen" });
            await db.SaveChangesAsync();

            var stopped = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                new DatabaseInitializer(db, Options.Create(options), new ServiceCatalogueSeeder(db)).MigrateAsync());

            Assert.Contains("J.JANSEN@EXAMPLE.NL: jansen-oud, jansen-nieuw", stopped.Message.Replace("jansen-nieuw, jansen-oud", "jansen-oud, jansen-nieuw"));
            Assert.Contains((await db.Database.GetPendingMigrationsAsync()), m => m.EndsWith("_" + UniqueAccountEmailPreflight.Migration, StringComparison.Ordinal));
            Assert.Equal(2, await db.Users.CountAsync(u => u.NormalizedEmail == "J.JANSEN@EXAMPLE.NL"));
        });
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Data Source=model-check.db")]
    [InlineData(DatabaseProvider.Postgres, "Host=localhost;Database=beheermodule_model_check;Username=postgres")]
    public void Model_ComparedWithTheLatestMigration_HasNoPendingChanges(string provider, string connectionString)
    {
        // Comparing the model with the migration snapshot needs no connection: no server is contacted.
        using var db = CreateContext(new DatabaseOptions { Provider = provider, ConnectionString = connectionString });

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes that no {provider} migration contains. Add a migration for both providers: " +
            "dotnet ef migrations add <Name> --project migrations/Beheermodule.Migrations.Sqlite and --project migrations/Beheermodule.Migrations.Postgres.");
    }

    private static async Task AssertMigratesAndSeedsAsync(DatabaseOptions options)
    {
        await using (var db = CreateContext(options))
        {
            var all = db.Database.GetMigrations().ToList();
            Assert.NotEmpty(all);
            Assert.Equal(all, await db.Database.GetPendingMigrationsAsync());

            // What the application does at start-up: migrate, then seed the catalogue.
            await new DatabaseInitializer(db, Options.Create(options), new ServiceCatalogueSeeder(db)).InitializeAsync();

            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(all, await db.Database.GetAppliedMigrationsAsync());
        }

        // A second start-up, on a new context, finds nothing to do and adds no duplicates.
        await using (var db = CreateContext(options))
        {
            await new DatabaseInitializer(db, Options.Create(options), new ServiceCatalogueSeeder(db)).InitializeAsync();

            var services = await db.Services.Include(s => s.ServiceProvider).ToListAsync();
            Assert.Equal(
                ServiceCatalogueSeed.Entries.Select(e => (e.ServiceUuid, e.Provider, e.Name, e.RequiredLevel)).OrderBy(e => e.ServiceUuid),
                services.Select(s => (s.ServiceUuid, s.ServiceProvider.Name, s.Name, s.RequiredLevel)).OrderBy(e => e.ServiceUuid));
            Assert.Equal(ServiceCatalogueSeed.Entries.Select(e => e.Provider).Distinct().Count(), await db.ServiceProviders.CountAsync());
        }
    }

    /// <summary>Runs <paramref name="test"/> on a new, empty database of the provider, and removes it afterwards.</summary>
    private static async Task WithFreshDatabaseAsync(string provider, Func<DatabaseOptions, Task> test)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "beheermodule-migrations", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            try
            {
                await test(new DatabaseOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(folder, "beheermodule.db")}" });
            }
            finally
            {
                SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
            }
            return;
        }
        var database = $"beheermodule_migrations_{Guid.NewGuid():N}";
        await PostgresTestServer.ExecuteAsync($"CREATE DATABASE \"{database}\"");
        try
        {
            await test(new DatabaseOptions { Provider = provider, ConnectionString = new NpgsqlConnectionStringBuilder(PostgresTestServer.ConnectionString) { Database = database }.ConnectionString });
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresTestServer.ExecuteAsync($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    /// <summary>A context configured exactly as the application configures it.</summary>
    private static BeheermoduleDbContext CreateContext(DatabaseOptions options)
    {
        var builder = new DbContextOptionsBuilder<BeheermoduleDbContext>();
        DatabaseServiceCollectionExtensions.Configure(builder, options);
        return new BeheermoduleDbContext(builder.Options);
    }
}
