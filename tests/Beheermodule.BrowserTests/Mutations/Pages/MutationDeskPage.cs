using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Mutations.Pages;

/// <summary>/backoffice/mutaties: staff open a mutation from the list and carry it out.</summary>
public sealed class MutationDeskPage(IPage page)
{
    public async Task CarryOutAsync(string reference)
    {
        await OpenAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitvoeren" }).ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("werkt niet meer");
    }

    public async Task OpenAsync(string reference)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mutaties" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
    }

    /// <summary>Presses "Uitvoeren" and expects <paramref name="message"/> on the page, in the confirmation or an error.</summary>
    public async Task PressCarryOutAsync(string message)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitvoeren" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync(message);
    }

    /// <summary>Uploads the scan of the signed form with who signed it, as read from the paper.</summary>
    public async Task ReceiveSignedFormAsync(string initials, string surname, string scanPath)
    {
        var form = page.Locator("form.signed-form-upload");
        await form.GetByLabel("Voorletters van wie tekende").FillAsync(initials);
        await form.GetByLabel("Achternaam van wie tekende").FillAsync(surname);
        await form.GetByLabel("Scan van het ondertekende formulier").SetInputFilesAsync(scanPath);
        await form.GetByRole(AriaRole.Button, new() { Name = "Formulier ontvangen" }).ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("Ondertekend formulier ontvangen");
    }
}
