using Beheermodule.BrowserTests.Backoffice.Pages;
using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.BrowserTests.Registration.Pages;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Backoffice;

/// <summary>
/// An EH3 application whose machtigingenbeheerder is not a user: the summary says the beheerder gets a means of their
/// own, the helpdesk cannot tick the beheerder's identity document before it is uploaded for that person, records
/// the face-to-face check, and only then does the beheerder's letter print.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BeheerderEvidenceJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    [Fact]
    public async Task Eh3_ABeheerderWhoIsNoUser_IsCheckedFaceToFace_BeforeTheLetterPrints()
    {
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(Eh3_ABeheerderWhoIsNoUser_IsCheckedFaceToFace_BeforeTheLetterPrints), output);
        await session.RunAsync(async page =>
        {
            var wizard = new ApplicationWizardPage(page);
            await wizard.StartAsync();
            await wizard.ChooseLevelAsync("EH3");
            await wizard.NextStepAsync();
            await wizard.LookUpOrganisationAsync("90003748");
            await wizard.RegisterOnKvkNumberAsync();
            await wizard.NextStepAsync();
            await wizard.AddLegalRepresentativeAsync(new("G.", "Gans", "1966-07-08", "bestuur@nieuwbestuur.example.nl", "020 222 3344"));
            await wizard.NextStepAsync();
            await wizard.CopyRepresentativeAsManagerAsync();
            await wizard.NextStepAsync();
            await wizard.AddUserAsync(new("K.", "Kwek", "1988-03-09", "k.kwek@nieuwbestuur.example.nl", "06 2345 6789"), "RVO: Mijn RVO");
            await wizard.NextStepAsync();
            await Expect(page.Locator(".own-means")).ToContainTextAsync("G. Gans is geen gebruiker en krijgt daarom een eigen middel");
            await Expect(page.Locator(".own-means")).ToContainTextAsync("EH3 dezelfde stukken als voor een gebruiker");
            var reference = await (await wizard.SubmitAsync()).ReferenceAsync();

            var login = new StaffLoginPage(page);
            await login.SignInAsync("helpdesk", "Balie-2026");
            var check = new ApplicationCheckPage(page);
            await check.OpenByReferenceAsync(reference);
            await check.RecordContractReceivedAsync();
            Directory.CreateDirectory(session.DownloadFolder);
            var kweksId = Path.Combine(session.DownloadFolder, "paspoort-kwek.png");
            await File.WriteAllBytesAsync(kweksId, ApplicationCheckPage.ScanPng);
            await check.UploadAsync("Kopie identiteitsbewijs", kweksId, "K. Kwek (gebruiker)");

            var gansId = page.Locator(".checklist li", new() { HasText = "Kopie identiteitsbewijs van G. Gans (machtigingenbeheerder, eigen middel)" });
            await Expect(gansId.Locator(".evidence-missing")).ToContainTextAsync("Upload eerst de kopie van het identiteitsbewijs van deze persoon");
            await Expect(gansId.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await Expect(page.Locator(".checklist li", new() { HasText = "Identiteit face-to-face vastgesteld: G. Gans" })).ToHaveCountAsync(1);

            var contract = Path.Combine(session.DownloadFolder, "contract-gans.pdf");
            await File.WriteAllBytesAsync(contract, ApplicationCheckPage.ScanPdf);
            await check.UploadAsync("Ondertekend contract", contract);
            var gansScan = Path.Combine(session.DownloadFolder, "paspoort-gans.png");
            await File.WriteAllBytesAsync(gansScan, ApplicationCheckPage.ScanPng);
            await check.UploadAsync("Kopie identiteitsbewijs", gansScan, "G. Gans (machtigingenbeheerder)");
            await check.TickEverythingAsync();
            await login.SignOutAsync();
            await login.SignInAsync("supervisor", "Toezicht-2026");
            await check.OpenByReferenceAsync(reference);
            await check.ApproveAsync();

            var letters = new PrintLettersPage(page);
            await letters.OpenAsync();
            var pdf = await letters.DownloadAsync(await letters.PrintAllAsync(), session.DownloadFolder);
            using var document = PdfDocument.Open(pdf);
            var pages = document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))).Where(t => t.Contains(reference)).ToList();
            Assert.Contains(pages, p => p.Contains("Gebruiker G. Gans"));
            Assert.Contains(pages, p => p.Contains("Gebruiker K. Kwek"));
        });
    }
}
