using System.Text.RegularExpressions;
using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.ServiceLogin;

/// <summary>
/// The demo service in a real browser: the demo holder (EH3) logs in at MijnOverijssel and the service shows the KvK
/// number and the pseudonym; the holder, beheerder of the company, revokes the machtiging and the service's next log-in
/// ends on rule 16's message.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DemoServiceJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    [Fact]
    public async Task TheDemoHolder_LogsInAtMijnOverijssel_AndAfterTheRevocationIsRefusedWithRule16()
    {
        await using var demo = await DemoServiceFactory.StartAsync(app);

        await using var session = await browser.NewSessionAsync(demo.ServerAddress, nameof(TheDemoHolder_LogsInAtMijnOverijssel_AndAfterTheRevocationIsRefusedWithRule16), output);
        await session.RunAsync(async page =>
        {
            await page.GotoAsync(demo.ServerAddress + "/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen met eHerkenning" }).ClickAsync();

            await page.GetByLabel("Gebruikersnaam").FillAsync(DemoHolder.UserName);
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(DemoHolder.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await page.GetByLabel("Code uit uw authenticator-app of OTP-token").FillAsync(await CurrentCodeAsync());
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen", Exact = true }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "U bent ingelogd" })).ToBeVisibleAsync();
            await Expect(page.Locator("[data-claim=kvk]")).ToHaveTextAsync(DemoHolder.KvkNumber);
            await Expect(page.Locator("[data-claim=pseudoniem]")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
            await Expect(page.Locator("[data-claim=niveau]")).ToContainTextAsync("EH3");

            // The holder is also the company's beheerder: in the beheermodule they revoke their own machtiging.
            await page.GotoAsync(app.ServerAddress + "/beheer");
            var row = page.Locator("tr.machtiging", new() { HasText = "toegang tot MijnOverijssel" });
            await row.GetByText("Wijzigen").ClickAsync();
            await row.GetByRole(AriaRole.Button, new() { Name = "Nu intrekken" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("De machtiging is ingetrokken");

            // The service's own session ends (its cookies go); the session at Beheermodule stays, so no new code is needed.
            await page.Context.ClearCookiesAsync(new() { Domain = "localhost" });
            await page.GotoAsync(demo.ServerAddress + "/inloggen");
            await Expect(page.Locator("#refusal-message")).ToContainTextAsync(
                "U heeft geen toegang tot de dienst 'toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel'. " +
                "U kunt daarom niet optreden namens de volgende entiteit(en):");
            await Expect(page.Locator("#refusal-message")).ToContainTextAsync("- Demo Overijssel Advies BV. Neem contact op met uw beheerder om de benodigde rechten te ontvangen.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Terug naar Provincie Overijssel" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Geen toegang tot MijnOverijssel" })).ToBeVisibleAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("U heeft geen toegang tot de dienst");
        });
    }

    private async Task<string> CurrentCodeAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var codes = await scope.ServiceProvider.GetRequiredService<DemoStaff>().CurrentCodesAsync();
        return codes.Single(c => c.UserName == DemoHolder.UserName).Code;
    }
}
