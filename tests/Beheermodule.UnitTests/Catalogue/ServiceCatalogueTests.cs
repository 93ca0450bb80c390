using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.UnitTests.Catalogue;

public sealed class ServiceCatalogueTests : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly DbContextOptions<BeheermoduleDbContext> _options;

    public ServiceCatalogueTests()
    {
        _connection = new SqliteConnection("DataSource=:memory:");
        _connection.Open();
        _options = new DbContextOptionsBuilder<BeheermoduleDbContext>().UseSqlite(_connection).Options;
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public void Dispose() => _connection.Dispose();

    private BeheermoduleDbContext NewContext() => new(_options);

    /// <summary>domain.md, example service catalogue (written out here, not taken from the seed class).</summary>
    public static TheoryData<string, string, AssuranceLevel, bool> DomainCatalogue() => new()
    {
        { "Provincie Overijssel", "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel", AssuranceLevel.EH2, false },
        { "Provincie Overijssel", "het ondertekenen van e-Formulieren", AssuranceLevel.EH2, false },
        { "UWV", "Werkgeversportaal", AssuranceLevel.EH3, true },
        { "RVO", "Mijn RVO", AssuranceLevel.EH3, false },
        { "Belastingdienst", "Mijn Belastingdienst Zakelijk", AssuranceLevel.EH3, false },
        { "Logius", "MijnOverheid Berichtenbox voor bedrijven", AssuranceLevel.EH2Plus, false },
    };

    private async Task SeedAsync()
    {
        await using var db = NewContext();
        await new ServiceCatalogueSeeder(db).SeedAsync();
    }

    private async Task<IReadOnlyList<Service>> SearchAsync(string? query)
    {
        await using var db = NewContext();
        return await new ServiceCatalogue(db).SearchAsync(query);
    }

    [Theory]
    [MemberData(nameof(DomainCatalogue))]
    public async Task SeedAsync_EmptyDatabase_AddsDomainCatalogueService(string provider, string name, AssuranceLevel level, bool refusesBranchBoundMeans)
    {
        await SeedAsync();

        await using var db = NewContext();
        var service = await db.Services.Include(s => s.ServiceProvider).SingleAsync(s => s.Name == name);
        Assert.Equal(provider, service.ServiceProvider.Name);
        Assert.Equal(level, service.RequiredLevel);
        Assert.Equal(refusesBranchBoundMeans, service.RefusesBranchBoundMeans);
        Assert.NotEqual(Guid.Empty, service.ServiceUuid);
    }

    [Fact]
    public async Task SeedAsync_EmptyDatabase_AddsExactlyTheSixServicesAndFiveProviders()
    {
        await SeedAsync();

        await using var db = NewContext();
        Assert.Equal(DomainCatalogue().Count, await db.Services.CountAsync());
        Assert.Equal(6, await db.Services.CountAsync());
        Assert.Equal(5, await db.ServiceProviders.CountAsync());
        Assert.Equal(6, await db.Services.Select(s => s.ServiceUuid).Distinct().CountAsync());
    }

    [Fact]
    public async Task SeedAsync_Twice_AddsNothingTheSecondTime()
    {
        await SeedAsync();
        await using (var db = NewContext())
        {
            Assert.Equal(6, await db.Services.CountAsync());
        }

        await SeedAsync();

        await using var after = NewContext();
        Assert.Equal(6, await after.Services.CountAsync());
        Assert.Equal(5, await after.ServiceProviders.CountAsync());
    }

    [Fact]
    public async Task SeedAsync_StaffEditedService_KeepsTheEdit()
    {
        await SeedAsync();
        await using (var db = NewContext())
        {
            var uwv = await db.Services.SingleAsync(s => s.Name == "Werkgeversportaal");
            uwv.Name = "Werkgeversportaal (nieuw)";
            await db.SaveChangesAsync();
        }

        await SeedAsync();

        await using var after = NewContext();
        Assert.Equal(6, await after.Services.CountAsync());
        Assert.False(await after.Services.AnyAsync(s => s.Name == "Werkgeversportaal"));
    }

    [Theory]
    [InlineData("uwv")]
    [InlineData("UWV")]
    [InlineData("  Uwv ")]
    public async Task SearchAsync_ProviderName_FindsItsServices(string query)
    {
        await SeedAsync();

        var results = await SearchAsync(query);

        var service = Assert.Single(results);
        Assert.Equal("UWV", service.ServiceProvider.Name);
        Assert.Equal("Werkgeversportaal", service.Name);
    }

    [Fact]
    public async Task SearchAsync_ProviderWithTwoServices_FindsBoth()
    {
        await SeedAsync();

        var results = await SearchAsync("overijssel");

        Assert.Equal(2, results.Count);
        Assert.All(results, s => Assert.Equal("Provincie Overijssel", s.ServiceProvider.Name));
    }

    [Fact]
    public async Task SearchAsync_WordOfService_FindsServicesContainingIt()
    {
        await SeedAsync();

        var results = await SearchAsync("formulieren");

        Assert.Equal(
            new[] { "het ondertekenen van e-Formulieren", "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel" },
            results.Select(s => s.Name).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("overijssel ondertekenen", "het ondertekenen van e-Formulieren")]
    [InlineData("ondertekenen overijssel", "het ondertekenen van e-Formulieren")]
    [InlineData("mijn zakelijk", "Mijn Belastingdienst Zakelijk")]
    [InlineData("berichtenbox bedrijven", "MijnOverheid Berichtenbox voor bedrijven")]
    public async Task SearchAsync_SeveralWords_FindsServicesWithAllOfThem(string query, string expected)
    {
        await SeedAsync();

        var service = Assert.Single(await SearchAsync(query));

        Assert.Equal(expected, service.Name);
    }

    [Theory]
    [InlineData("uwv rvo")]
    [InlineData("overijssel belastingdienst")]
    [InlineData("mijn uwv")]
    public async Task SearchAsync_WordsFromDifferentServices_FindsNone(string query)
    {
        await SeedAsync();

        Assert.Empty(await SearchAsync(query));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public async Task SearchAsync_EmptyQuery_ReturnsAll(string? query)
    {
        await SeedAsync();

        var results = await SearchAsync(query);

        Assert.Equal(6, results.Count);
        Assert.All(results, s => Assert.NotNull(s.ServiceProvider));
    }

    [Theory]
    [InlineData("xyz")]
    [InlineData("kadaster")]
    public async Task SearchAsync_NoMatch_ReturnsNone(string query)
    {
        await SeedAsync();

        Assert.Empty(await SearchAsync(query));
    }

    [Fact]
    public async Task SearchAsync_EmptyCatalogue_ReturnsNone()
    {
        Assert.Empty(await SearchAsync(null));
    }

    [Fact]
    public async Task SearchAsync_Results_OrderedByProviderThenService()
    {
        await SeedAsync();

        var results = await SearchAsync(null);

        var keys = results.Select(s => (s.ServiceProvider.Name, s.Name)).ToList();
        Assert.Equal(keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2, StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task AllAsync_Seeded_ReturnsEveryServiceWithProvider()
    {
        await SeedAsync();
        await using var db = NewContext();

        var all = await new ServiceCatalogue(db).AllAsync();

        Assert.Equal(6, all.Count);
        Assert.Contains(all, s => s.DisplayName == "UWV: Werkgeversportaal");
    }
}
