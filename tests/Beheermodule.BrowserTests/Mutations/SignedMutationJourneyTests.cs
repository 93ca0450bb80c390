using Beheermodule.BrowserTests.Backoffice.Pages;
using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.BrowserTests.Mutations.Pages;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Registration;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Mutations;

/// <summary>
/// Opzeggen in a real browser: the customer downloads the mutation form to sign; staff cannot carry the change out
/// until the signed scan is uploaded, then can.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SignedMutationJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    [Fact]
    public async Task Opzeggen_IsCarriedOutOnlyAfterTheSignedFormIsUploaded()
    {
        // A company the register does not know: staff check the signer's authority by hand.
        string kvkNumber, holderEmail;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            (_, kvkNumber, holderEmail) = await SeededData.HolderAtOwnCompanyAsync(scope.ServiceProvider, "H.", "Opzegger", "1982-10-11", "opzegger", "Zonnig-2026");
        }
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(Opzeggen_IsCarriedOutOnlyAfterTheSignedFormIsUploaded), output);
        await session.RunAsync(async page =>
        {
            var form = new MutationFormPage(page);
            await form.RequestAsync("Middel opzeggen", kvkNumber, holderEmail, DutchDates.Today(TimeProvider.System).ToString("yyyy-MM-dd"));
            var reference = await form.ReferenceAsync();
            var pdf = await form.DownloadFormAsync(session.DownloadFolder);
            using (var document = PdfDocument.Open(pdf))
            {
                var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
                Assert.Contains(reference, text);
                Assert.Contains("Middel opzeggen", text);
            }

            var login = new StaffLoginPage(page);
            await login.SignInAsync("helpdesk", "Balie-2026");
            var desk = new MutationDeskPage(page);
            await desk.OpenAsync(reference);
            await desk.PressCarryOutAsync(MutationDesk.SignedFormMissingMessage);

            await desk.ReceiveSignedFormAsync("H.", "Opzegger", pdf);
            await Expect(page.Locator(".signed-form")).ToContainTextAsync("ondertekend door H. Opzegger");
            await desk.PressCarryOutAsync("beëindigd");
            await Expect(page.Locator(".alert-ok")).ToBeVisibleAsync();
        });
    }
}
