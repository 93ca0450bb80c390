using System.Text.RegularExpressions;
using Beheermodule.BrowserTests.DevMail.Pages;
using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.BrowserTests.Registration.Pages;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Registration;

/// <summary>Applying for eHerkenning in a real browser, from the first step to what the applicant does next.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplyJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    private static readonly ApplicantPerson Dagobert = new("D.", "Duck", "1970-05-01", "dagobert@example.nl", "020 123 4567");

    [Fact]
    public async Task Eh3OnABranchWithTwoUsers_Submitted_ContractDownloadsWithEveryDetail()
    {
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(Eh3OnABranchWithTwoUsers_Submitted_ContractDownloadsWithEveryDetail), output);
        await session.RunAsync(async page =>
        {
            var wizard = new ApplicationWizardPage(page);
            await wizard.StartAsync();
            await wizard.ChooseLevelAsync("EH3");
            await wizard.NextStepAsync();
            await wizard.LookUpOrganisationAsync("69599084");
            await wizard.RegisterOnBranchAsync("000038509504");
            await wizard.NextStepAsync();
            await wizard.AddLegalRepresentativeAsync(Dagobert);
            await wizard.NextStepAsync();
            await wizard.CopyRepresentativeAsManagerAsync();
            await wizard.NextStepAsync();
            await wizard.AddUserAsync(new("K.", "Kwik", "1991-02-03", "kwik@example.nl", "06 1234 5678"), "RVO: Mijn RVO");
            await wizard.AddUserAsync(new("W.", "Kwek", "1992-04-05", "kwek@example.nl", "06 8765 4321"),
                "Provincie Overijssel: toegang tot MijnOverijssel");
            await wizard.NextStepAsync();

            var status = await wizard.SubmitAsync();

            var reference = await status.ReferenceAsync();
            Assert.Matches(@"^EH-\d{4}-\d{6}$", reference);
            await status.ExpectStatusAsync("Wacht op contract");
            var contract = await status.DownloadContractAsync(session.DownloadFolder);
            output.WriteLine($"{reference}: contract saved at {contract}");
            var text = PdfText(contract);
            Assert.Contains("69599084", text);
            Assert.Contains("000038509504", text);
            Assert.Contains("Kwik", text);
            Assert.Contains("Kwek", text);
            Assert.Contains("EH3", text);
        });
    }

    [Fact]
    public async Task Eh1_ConfirmedThroughTheLinkInTheMail_IsCompleted()
    {
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(Eh1_ConfirmedThroughTheLinkInTheMail_IsCompleted), output);
        await session.RunAsync(async page =>
        {
            var wizard = new ApplicationWizardPage(page);
            await wizard.StartAsync();
            await wizard.ChooseLevelAsync("EH1");
            await wizard.NextStepAsync();
            await wizard.LookUpOrganisationAsync("68750110");
            await wizard.RegisterOnKvkNumberAsync();
            await wizard.NextStepAsync();
            await wizard.AddLegalRepresentativeAsync(Dagobert);
            await wizard.NextStepAsync();
            await wizard.CopyRepresentativeAsManagerAsync();
            await wizard.NextStepAsync();
            await wizard.AddUserAsync(new("G.", "Gans", "1985-06-07", "gans@example.nl", "06 1111 2222"));
            await wizard.NextStepAsync();
            var submitted = await wizard.SubmitAsync();
            var reference = await submitted.ReferenceAsync();
            await submitted.ExpectStatusAsync("Wacht op bevestiging");

            var mail = new MailViewerPage(page);
            await mail.OpenNewestAsync(new Regex($"^Bevestig uw aanvraag {Regex.Escape(reference)}$"), TimeSpan.FromSeconds(30));
            await mail.ClickLinkInHtmlAsync("Aanvraag bevestigen", new Regex("/aanvragen/bevestigen/[^/?#]+$"));
            Assert.StartsWith(app.ServerAddress + "/", page.Url);

            var confirm = new ConfirmPage(page);
            await confirm.ConfirmAsync();
            await Expect(confirm.Heading).ToHaveTextAsync("Bedankt, uw aanvraag is bevestigd");

            var status = await confirm.OpenStatusAsync();
            Assert.Equal(reference, await status.ReferenceAsync());
            await status.ExpectStatusAsync("Afgerond");

            // No letter at EH1: each holder (the user, and the beheerder's own means) gets the aanmeldcode by e-mail.
            await mail.OpenNewestAsync(new Regex("^Uw aanmeldcode voor eHerkenning"), TimeSpan.FromSeconds(30));
            await Expect(mail.HtmlVersion.Locator("body")).ToContainTextAsync(new Regex("Beste (G\\. Gans|D\\. Duck)"));
            await Expect(mail.HtmlVersion.Locator("body")).ToContainTextAsync(new Regex("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"));
        });
    }

    /// <summary>The words of every page, one space apart, so a value wrapped over two lines still reads as one.</summary>
    private static string PdfText(string path)
    {
        using var document = PdfDocument.Open(path);
        return string.Join(' ', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }
}
