using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.AuthorizationManagement;

/// <summary>
/// A machtigingenbeheerder in a real browser: log in with password and OTP code, give a colleague the province's
/// service, see it in the overview, and revoke it; read new colleagues from a CSV, correct the row that is wrong, and
/// submit the application that follows.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BeheerJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    private const string Password = "Zonnig-2026";

    private sealed record Seeded(string UserName, byte[] Seed, string OrganisationName);

    [Fact]
    public async Task ABeheerder_GrantsTheProvincesService_SeesIt_AndRevokesIt()
    {
        var seeded = await SeedAsync();
        var service = await ServiceAsync(ServiceCatalogueSeed.MijnOverijssel);
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(ABeheerder_GrantsTheProvincesService_SeesIt_AndRevokesIt), output);
        await session.RunAsync(async page =>
        {
            await LogInAndOpenTheBeheermoduleAsync(page, seeded);

            await page.GetByRole(AriaRole.Link, new() { Name = "Machtiging geven aan K. Collega" }).ClickAsync();
            await page.GetByLabel("Zoek een dienst of dienstverlener").FillAsync("MijnOverijssel");
            await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
            await Expect(page.GetByLabel("Collega")).ToHaveValueAsync(new Regex("^\\d+$"));
            await page.GetByLabel("Dienst", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = $"{service} (vanaf EH2)" });
            await page.GetByLabel("3 jaar").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Machtiging geven" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De machtiging is gegeven");
            var row = page.Locator("tr.machtiging", new() { HasText = "toegang tot MijnOverijssel" });
            await Expect(row).ToContainTextAsync("Actief");
            await Expect(page.Locator("section.holder", new() { HasText = "K. Collega" })).ToContainTextAsync("toegang tot MijnOverijssel");

            await row.GetByText("Wijzigen").ClickAsync();
            await row.GetByRole(AriaRole.Button, new() { Name = "Nu intrekken" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De machtiging is ingetrokken");
            await Expect(page.Locator("tr.machtiging", new() { HasText = "toegang tot MijnOverijssel" })).ToHaveCountAsync(0);
        });
    }

    [Fact]
    public async Task ABeheerder_ReadsColleaguesFromACsv_CorrectsTheWrongRow_AndSubmitsTheApplication()
    {
        // A company the KvK test registry knows, as the application looks it up again.
        var seeded = await SeedAsync("90001354");
        const string wrong = "voorletters;achternaam;e-mailadres;mobiel;geboortedatum;diensten\n"
            + "J.;Jansen;j.jansen@example.nl;06 1234 5678;31-12-1980;Mijn RVO\n"
            + "P.;Pietersen;p.pietersen@example.nl;020 123 4567;01-04-1975;\n";
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(ABeheerder_ReadsColleaguesFromACsv_CorrectsTheWrongRow_AndSubmitsTheApplication), output);
        await session.RunAsync(async page =>
        {
            await LogInAndOpenTheBeheermoduleAsync(page, seeded);

            await page.GetByRole(AriaRole.Link, new() { Name = "Collega's inlezen (CSV)" }).ClickAsync();
            await page.GetByLabel("Betrouwbaarheidsniveau").SelectOptionAsync("EH3");
            await page.GetByLabel("Of plak de regels hier").FillAsync(wrong);
            await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
            await Expect(page.Locator("#import-status")).ToContainTextAsync("1 van de 2 regels klopt niet");
            await Expect(page.Locator("#regel-3")).ToContainTextAsync("Vul een geldig mobiel nummer in");
            await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Aanvraag klaarzetten") })).ToHaveCountAsync(0);

            await Expect(page.GetByLabel("Of plak de regels hier")).ToHaveValueAsync(wrong);
            await page.GetByLabel("Of plak de regels hier").FillAsync(wrong.Replace("020 123 4567", "06 8765 4321"));
            await page.GetByRole(AriaRole.Button, new() { Name = "Controleren" }).ClickAsync();
            await Expect(page.Locator("#import-status")).ToContainTextAsync("Alle 2 regels kloppen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag klaarzetten voor 2 collega('s)" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Controleer uw aanvraag", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Pietersen");
            await Expect(page.Locator("main")).ToContainTextAsync("90001354");
            await page.GetByLabel("Ik ga akkoord met de algemene voorwaarden", new() { Exact = false }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { NameRegex = new Regex("^Aanvraag "), Level = 1 })).ToBeVisibleAsync();
        });

        await using var scope = app.Services.CreateAsyncScope();
        var application = await scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>().Applications
            .Include(a => a.Persons).Where(a => a.KvkNumber == "90001354").OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal((AssuranceLevel.EH3, ApplicationStatus.AwaitingContract), (application.Level, application.Status));
        Assert.Equal(["Jansen", "Pietersen"], application.PersonsIn(PersonRole.MeansHolder).Select(p => p.Surname));
    }

    private static async Task LogInAndOpenTheBeheermoduleAsync(IPage page, Seeded seeded)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("Gebruikersnaam").FillAsync(seeded.UserName);
        await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.GetByLabel("Code uit uw authenticator-app of OTP-token").FillAsync(TotpCode.Compute(seeded.Seed, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Uitloggen") })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Machtigingen beheren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Machtigingen van {seeded.OrganisationName}", Level = 1 })).ToBeVisibleAsync();
    }

    private async Task<string> ServiceAsync(Guid uuid)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>().Services
            .Where(s => s.ServiceUuid == uuid).Select(s => s.ServiceProvider.Name + ": " + s.Name).SingleAsync();
    }

    /// <summary>An organisation with an EH3 beheerder (password and an authenticator whose key the test keeps) and an EH2 colleague.</summary>
    private async Task<Seeded> SeedAsync(string? kvkNumber = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<BeheermoduleDbContext>();
        var now = DateTime.UtcNow;
        var today = DateOnly.FromDateTime(DutchDates.ToLocal(now));
        var userName = "beheerder-" + Guid.NewGuid().ToString("N")[..6];
        var account = await SeededData.AccountAsync(services, userName, $"{userName}@example.nl", "B.", "Beheerder", Password);
        var seed = RandomNumberGenerator.GetBytes(20);
        db.OtpResponders.Add(new OtpResponder
        {
            UserAccountId = account.Id, Kind = OtpResponderKind.AuthenticatorApp, Label = "Authenticator-app",
            ProtectedSeed = services.GetRequiredService<OtpSeedProtector>().Protect(seed), CreatedAt = now,
        });
        var kvk = kvkNumber ?? RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString();
        var organisation = new Organisation { KvkNumber = kvk, Name = $"Beheer BV {kvk}", CreatedAt = now };
        var application = await SeededData.ApplicationAsync(services, kvk, organisation.Name, AssuranceLevel.EH3, 2, now, a => a.Persons.Add(new ApplicationPerson
        {
            Role = PersonRole.LegalRepresentative, Initials = "D.", Surname = "Duck", DateOfBirth = new DateOnly(1970, 5, 1),
            Email = "dagobert@example.nl", Phone = "0201234567",
        }));
        Means NewMeans(AssuranceLevel level, string initials, string surname, string? accountId) => new()
        {
            Organisation = organisation, Level = level, Status = MeansStatus.Active, ApplicationId = application.Id,
            HolderInitials = initials, HolderSurname = surname, HolderEmail = $"{surname.ToLowerInvariant()}.{kvk}@example.nl",
            HolderDateOfBirth = new DateOnly(1980, 2, 3), HolderMobile = "0612345678",
            UserAccountId = accountId, CreatedAt = now, ActivatedAt = now,
        };
        var beheerder = NewMeans(AssuranceLevel.EH3, "B.", "Beheerder", account.Id);
        db.Means.AddRange(beheerder, NewMeans(AssuranceLevel.EH2, "K.", "Collega", null));
        db.Authorizations.Add(new Authorization
        {
            Means = beheerder, Organisation = organisation, IsManagerRole = true, Status = AuthorizationStatus.Active,
            ValidFrom = today, ValidUntil = today.AddYears(5).AddDays(-1), CreatedAt = now, GrantedBy = "test",
        });
        await db.SaveChangesAsync();
        return new Seeded(userName, seed, organisation.Name);
    }
}
