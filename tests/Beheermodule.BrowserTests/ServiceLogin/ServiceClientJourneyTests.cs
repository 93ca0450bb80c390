using Beheermodule.BrowserTests.Backoffice.Pages;
using Beheermodule.BrowserTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.ServiceLogin;

/// <summary>
/// Staff connect a service in the backoffice ("Diensten koppelen"); the service, set up with the client id and the
/// secret the page showed once, lets a holder log in through Beheermodule.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ServiceClientJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    private const string Password = "tulp42fiets";

    [Fact]
    public async Task StaffConnectMijnOverijssel_AndAHolderLogsInThroughTheNewClient()
    {
        var holder = await SeedHolderAsync();
        var port = DemoServiceFactory.FreePort();
        var demoAddress = $"http://localhost:{port}";
        var clientId = "overijssel-" + Guid.NewGuid().ToString("N")[..8];
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(StaffConnectMijnOverijssel_AndAHolderLogsInThroughTheNewClient), output);
        await session.RunAsync(async page =>
        {
            var staff = new StaffLoginPage(page);
            await staff.SignInAsync("helpdesk", "Balie-2026");
            await page.GotoAsync("/backoffice/diensten");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Diensten koppelen");
            var form = page.Locator("form[action*='handler=Register']");
            var mijnOverijssel = await form.Locator("option", new() { HasText = "MijnOverijssel" }).GetAttributeAsync("value");
            await form.GetByLabel("Dienst").SelectOptionAsync(mijnOverijssel!);
            await form.GetByLabel("Client-id").FillAsync(clientId);
            await form.GetByLabel("Terugkeeradressen na inloggen").FillAsync($"{demoAddress}/signin-oidc");
            await form.GetByLabel("Terugkeeradressen na uitloggen (niet verplicht)").FillAsync($"{demoAddress}/signout-callback-oidc");
            await form.GetByLabel("Mag namen ontvangen").CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Dienst koppelen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "De dienst is gekoppeld" })).ToBeVisibleAsync();
            await Expect(page.Locator("#issued-client-id")).ToHaveTextAsync(clientId);
            var secret = await page.Locator("#issued-secret").InnerTextAsync();
            await Expect(page.Locator("table", new() { HasText = clientId })).ToBeVisibleAsync();
            await staff.SignOutAsync();

            await using var demo = new DemoServiceFactory(app.ServerAddress, clientId, secret.Trim(), port);
            demo.StartServer();
            await page.GotoAsync(demoAddress + "/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen met eHerkenning" }).ClickAsync();
            await page.GetByLabel("Gebruikersnaam").FillAsync(holder.UserName);
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "U bent ingelogd" })).ToBeVisibleAsync();
            await Expect(page.Locator("[data-claim=kvk]")).ToHaveTextAsync(holder.KvkNumber);
            await Expect(page.Locator("[data-claim=niveau]")).ToContainTextAsync("EH2");
        });
    }

    private sealed record Holder(string UserName, string KvkNumber);

    /// <summary>An EH2 holder (password only) at an organisation of its own, with a MijnOverijssel machtiging.</summary>
    private async Task<Holder> SeedHolderAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (userName, kvk, _) = await SeededData.HolderAtOwnCompanyAsync(scope.ServiceProvider, "K.", "Klant", "1979-08-30", "klant", Password);
        return new Holder(userName, kvk);
    }
}
