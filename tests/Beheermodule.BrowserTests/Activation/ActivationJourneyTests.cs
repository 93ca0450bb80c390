using System.Text.RegularExpressions;
using Beheermodule.BrowserTests.Activation.Pages;
using Beheermodule.BrowserTests.Backoffice.Pages;
using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.BrowserTests.Registration.Pages;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Activation;

/// <summary>A holder with nothing but the letter: from the printed code to logging in with password and app, and the profile.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ActivationJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    private const string Password = "tulp42fiets";

    [Fact]
    public async Task AnApprovedEh2PlusLetter_IsActivated_WithAnAuthenticatorApp_AndTheHolderLogsIn()
    {
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(AnApprovedEh2PlusLetter_IsActivated_WithAnAuthenticatorApp_AndTheHolderLogsIn), output);
        await session.RunAsync(async page =>
        {
            var wizard = new ApplicationWizardPage(page);
            await wizard.StartAsync();
            await wizard.ChooseLevelAsync("EH2+");
            await wizard.NextStepAsync();
            await wizard.LookUpOrganisationAsync("69599068");
            await wizard.RegisterOnKvkNumberAsync();
            await wizard.NextStepAsync();
            await wizard.AddLegalRepresentativeAsync(new("W.", "Wever", "1968-09-12", "wever@example.nl", "020 765 4321"));
            await wizard.NextStepAsync();
            await wizard.CopyRepresentativeAsManagerAsync();
            await wizard.NextStepAsync();
            await wizard.AddUserAsync(new("R.", "Rijder", "1989-04-21", "rijder@example.nl", "06 8765 4321"), "Logius: MijnOverheid Berichtenbox");
            await wizard.NextStepAsync();
            var reference = await (await wizard.SubmitAsync()).ReferenceAsync();

            var staff = new StaffLoginPage(page);
            await staff.SignInAsync("helpdesk", "Balie-2026");
            var check = new ApplicationCheckPage(page);
            await check.OpenByReferenceAsync(reference);
            await check.ReceiveContractAndIdentityDocumentAsync(session.DownloadFolder, "rijder");
            await check.TickEverythingAsync();
            await check.ApproveAsync();
            await Expect(check.Status).ToHaveTextAsync("Goedgekeurd");

            var letters = new PrintLettersPage(page);
            await letters.OpenAsync();
            var pdf = await letters.DownloadAsync(await letters.PrintAllAsync(), session.DownloadFolder);
            var code = PrintLettersPage.CodeOnTheLetterOf(pdf, "R. Rijder");
            output.WriteLine($"{reference}: code read from {pdf}");
            await staff.SignOutAsync();

            var activation = new ActivationPages(page);
            await activation.EnterCodeAsync(code);
            await activation.ConfirmHolderAsync("R. Rijder", "EH2+");
            await activation.CreateAccountAsync("r.rijder", Password);
            var seed = await activation.EnrolAuthenticatorAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen" }).Last.ClickAsync();
            await activation.LogInAsync("r.rijder", Password, seed);
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uw eHerkenningsmiddel procedure is afgerond.");

            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Uitloggen") }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "U bent uitgelogd" })).ToBeVisibleAsync();
            await page.GotoAsync("/inloggen");
            await activation.LogInAsync("r.rijder", Password, seed);
            await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Uitloggen") })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Mijn profiel" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Mijn profiel");
            var means = page.Locator("table.means tbody tr");
            await Expect(means).ToHaveCountAsync(1);
            await Expect(means).ToContainTextAsync("69599068");
            await Expect(means).ToContainTextAsync("EH2+");
            await Expect(means).ToContainTextAsync("Actief");
            await Expect(page.Locator("table.responders tbody tr")).ToContainTextAsync("Authenticator-app");
        });
    }
}
