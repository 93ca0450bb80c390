using Beheermodule.BrowserTests.Backoffice.Pages;
using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.BrowserTests.Mutations.Pages;
using Beheermodule.BrowserTests.Registration.Pages;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Backoffice;

/// <summary>The helpdesk's day in a real browser: from a rush application in the post to its printed letters.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BackofficeJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    [Fact]
    public async Task RushEh2Plus_CheckedApprovedPrinted_ThenALostLetterReplacedByMutation()
    {
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(RushEh2Plus_CheckedApprovedPrinted_ThenALostLetterReplacedByMutation), output);
        await session.RunAsync(async page =>
        {
            var wizard = new ApplicationWizardPage(page);
            await wizard.StartAsync();
            await wizard.ChooseLevelAsync("EH2+");
            await wizard.ChooseSameDayRushAsync();
            await wizard.NextStepAsync();
            await wizard.LookUpOrganisationAsync("68750110");
            await wizard.RegisterOnKvkNumberAsync();
            await wizard.NextStepAsync();
            await wizard.AddLegalRepresentativeAsync(new("D.", "Duck", "1970-05-01", "dagobert@example.nl", "020 123 4567"));
            await wizard.NextStepAsync();
            await wizard.CopyRepresentativeAsManagerAsync();
            await wizard.NextStepAsync();
            await wizard.AddUserAsync(new("K.", "Kwik", "1991-02-03", "kwik@example.nl", "06 1234 5678"), "Logius: MijnOverheid Berichtenbox");
            await wizard.NextStepAsync();
            var reference = await (await wizard.SubmitAsync()).ReferenceAsync();

            var login = new StaffLoginPage(page);
            await login.SignInAsync("helpdesk", "Balie-2026");
            var check = new ApplicationCheckPage(page);
            await check.OpenByReferenceAsync(reference);
            await check.ReceiveContractAndIdentityDocumentAsync(session.DownloadFolder, "kwik");
            await check.TickEverythingAsync();
            await login.SignOutAsync();

            await login.SignInAsync("supervisor", "Toezicht-2026");
            await check.OpenByReferenceAsync(reference);
            await check.ApproveAsync();
            await Expect(check.Status).ToHaveTextAsync("Goedgekeurd");

            var letters = new PrintLettersPage(page);
            await letters.OpenAsync();
            var batch = await letters.PrintAllAsync();
            var pdf = await letters.DownloadAsync(batch, session.DownloadFolder);
            output.WriteLine($"{reference}: batch {batch} saved at {pdf}");
            using var document = PdfDocument.Open(pdf);
            var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("Gebruiker K. Kwik", text);
            Assert.Contains($"Referentie {reference}", text);

            await check.OpenByReferenceAsync(reference);
            await Expect(check.Status).ToHaveTextAsync("Afgerond");
            await login.SignOutAsync();

            // The letter got lost in the post: the customer asks for a new one, staff send it, the old code dies.
            var form = new MutationFormPage(page);
            await form.RequestAsync("Nieuwe activeringsbrief", "68750110", "kwik@example.nl");
            var mutation = await form.ReferenceAsync();
            await login.SignInAsync("helpdesk", "Balie-2026");
            await new MutationDeskPage(page).CarryOutAsync(mutation);
            await letters.OpenAsync();
            var reprint = await letters.PrintAllAsync();
            var newPdf = await letters.DownloadAsync(reprint, session.DownloadFolder);
            using var newLetters = PdfDocument.Open(newPdf);
            Assert.Contains(newLetters.GetPages(), p => string.Join(' ', p.GetWords().Select(w => w.Text)).Contains("Gebruiker K. Kwik"));
        });
    }
}
