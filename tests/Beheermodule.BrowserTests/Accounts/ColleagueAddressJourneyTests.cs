using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Accounts;

/// <summary>
/// Rule 9 in a real browser: a holder who types the address of a colleague whose means is still waiting for
/// activation is refused beside the field, keeps what was typed, and no link is sent.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ColleagueAddressJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    private const string Password = "Zonnig-2026";

    [Fact]
    public async Task AHolder_IsRefusedTheAddressOfAColleague_WhoseMeansIsNotActivatedYet()
    {
        var (userName, colleagueEmail) = await SeedAsync();
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(AHolder_IsRefusedTheAddressOfAColleague_WhoseMeansIsNotActivatedYet), output);
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/inloggen");
            await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

            await page.GotoAsync("/profiel/e-mail");
            await page.GetByLabel("Nieuw e-mailadres").FillAsync(colleagueEmail);
            await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigingslink sturen" }).ClickAsync();

            await Expect(page.Locator("[data-valmsg-for='Input.NewEmail']")).ToHaveTextAsync("Dit e-mailadres hoort bij iemand anders. U kunt alleen een adres gebruiken dat van uzelf is.");
            await Expect(page.GetByLabel("Nieuw e-mailadres")).ToHaveValueAsync(colleagueEmail);
        });
    }

    /// <summary>An EH2 holder, and at the same organisation a colleague's means that waits for its activation.</summary>
    private async Task<(string UserName, string ColleagueEmail)> SeedAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (userName, kvk, _) = await SeededData.HolderAtOwnCompanyAsync(scope.ServiceProvider, "H.", "Houder", "1980-01-02", "houder", Password);
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        var means = await db.Means.AsNoTracking().SingleAsync(m => m.Organisation.KvkNumber == kvk);
        var colleagueEmail = $"collega.{kvk}@example.nl";
        db.Means.Add(new Means
        {
            OrganisationId = means.OrganisationId, Level = AssuranceLevel.EH2, ApplicationId = means.ApplicationId,
            HolderInitials = "C.", HolderSurname = "Collega", HolderDateOfBirth = new DateOnly(1990, 6, 7), HolderEmail = colleagueEmail,
            HolderMobile = "0612345678", CreatedAt = DateTime.UtcNow,
        });
        await db.SaveChangesAsync();
        return (userName, colleagueEmail);
    }
}
