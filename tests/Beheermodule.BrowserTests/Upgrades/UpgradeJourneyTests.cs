using System.Text.RegularExpressions;
using Beheermodule.BrowserTests.Activation.Pages;
using Beheermodule.BrowserTests.Backoffice.Pages;
using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.BrowserTests.Registration.Pages;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Upgrades;

/// <summary>
/// Rule 13 end to end: an EH2 holder logs in at MijnOverijssel; the company applies for EH3 as an upgrade; staff
/// approve and print; the holder activates the new code with the same account and an authenticator app; the service
/// then sees the same person, at EH3.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UpgradeJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    private const string KvkNumber = "69599076";
    private const string Password = "tulp42fiets";
    private static readonly ApplicantPerson Jansen = new("A.", "Jansen", "1984-06-12", "a.jansen@guusengijs.example.nl", "06 1122 3344");

    [Fact]
    public async Task AnEh2Holder_IsUpgradedToEh3_AndTheServiceSeesTheSamePseudonym()
    {
        var userName = await SeedJansenAsync();
        await using var demo = await DemoServiceFactory.StartAsync(app);
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(AnEh2Holder_IsUpgradedToEh3_AndTheServiceSeesTheSamePseudonym), output);
        await session.RunAsync(async page =>
        {
            await page.GotoAsync(demo.ServerAddress + "/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen met eHerkenning" }).ClickAsync();
            await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "U bent ingelogd" })).ToBeVisibleAsync();
            await Expect(page.Locator("[data-claim=niveau]")).ToContainTextAsync("EH2");
            var pseudonym = await page.Locator("[data-claim=pseudoniem]").InnerTextAsync();
            Assert.Matches("^[0-9a-f]{64}$", pseudonym);
            await page.Context.ClearCookiesAsync();

            // The legal representative applies for EH3 as an upgrade, typing Jansen's data exactly as before.
            var wizard = new ApplicationWizardPage(page);
            await wizard.StartAsync();
            await wizard.ChooseLevelAsync("EH3");
            await wizard.MarkAsUpgradeAsync();
            await wizard.NextStepAsync();
            await wizard.LookUpOrganisationAsync(KvkNumber);
            await wizard.RegisterOnKvkNumberAsync();
            await wizard.NextStepAsync();
            await wizard.AddLegalRepresentativeAsync(new("G.", "Gijs", "1970-03-04", "gijs@guusengijs.example.nl", "070 123 4567"));
            await wizard.NextStepAsync();
            await wizard.CopyRepresentativeAsManagerAsync();
            await wizard.NextStepAsync();
            await wizard.AddUserAsync(Jansen, "Provincie Overijssel: toegang tot MijnOverijssel");
            await wizard.NextStepAsync();
            await Expect(page.Locator(".upgrade-match.matches")).ToHaveTextAsync("Komt overeen: opwaardering van uw middel.");
            var reference = await (await wizard.SubmitAsync()).ReferenceAsync();

            var staff = new StaffLoginPage(page);
            await staff.SignInAsync("helpdesk", "Balie-2026");
            var check = new ApplicationCheckPage(page);
            await check.OpenByReferenceAsync(reference);
            await check.ReceiveContractAndIdentityDocumentAsync(session.DownloadFolder, "jansen");
            await check.TickEverythingAsync();
            await staff.SignOutAsync();
            await staff.SignInAsync("supervisor", "Toezicht-2026");
            await check.OpenByReferenceAsync(reference);
            await check.ApproveAsync();
            var letters = new PrintLettersPage(page);
            await letters.OpenAsync();
            var pdf = await letters.DownloadAsync(await letters.PrintAllAsync(), session.DownloadFolder);
            var code = PrintLettersPage.CodeOnTheLetterOf(pdf, "A. Jansen");
            await staff.SignOutAsync();

            // Until the new code is activated the means is suspended, and a log-in says so.
            await page.GotoAsync("/inloggen");
            await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync(Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "wordt opgewaardeerd naar EH3" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Uitloggen") }).ClickAsync();

            var activation = new ActivationPages(page);
            await activation.EnterCodeAsync(code);
            await Expect(page.Locator("main")).ToContainTextAsync("van EH2 naar EH3");
            await activation.ConfirmHolderAsync("A. Jansen", "EH3");
            await activation.LogInForTheUpgradeAsync(userName, Password);
            var seed = await activation.EnrolAuthenticatorAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen" }).Last.ClickAsync();
            await activation.LogInAsync(userName, Password, seed);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uw eHerkenningsmiddel procedure is afgerond.");
            await Expect(page.Locator("main")).ToContainTextAsync("opgewaardeerd naar EH3");

            await page.GotoAsync(demo.ServerAddress + "/inloggen");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "U bent ingelogd" })).ToBeVisibleAsync();
            await Expect(page.Locator("[data-claim=niveau]")).ToContainTextAsync("EH3");
            await Expect(page.Locator("[data-claim=kvk]")).ToHaveTextAsync(KvkNumber);
            await Expect(page.Locator("[data-claim=pseudoniem]")).ToHaveTextAsync(pseudonym);
        });
    }

    /// <summary>Jansen's EH2 means in use at the company, as the register and the wizard's data give it, with a MijnOverijssel machtiging.</summary>
    private async Task<string> SeedJansenAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var organisation = new Organisation
        {
            KvkNumber = KvkNumber, Name = "Test VOF Guus en Gijs", Street = "Lange Voorhout", HouseNumber = "22", PostalCode = "2514 ED", City = "Den Haag",
            CreatedAt = DateTime.UtcNow,
        };
        return await SeededData.HolderWithMachtigingAsync(scope.ServiceProvider, organisation, Jansen, AssuranceLevel.EH2, ServiceCatalogueSeed.MijnOverijssel, "jansen", Password);
    }
}
