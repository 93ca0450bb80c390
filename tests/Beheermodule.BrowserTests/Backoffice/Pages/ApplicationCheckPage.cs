using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Backoffice.Pages;

/// <summary>The backoffice queue's scan box and one application's check page.</summary>
public sealed class ApplicationCheckPage(IPage page)
{
    public async Task OpenByReferenceAsync(string reference)
    {
        await page.GotoAsync("/backoffice");
        await page.GetByLabel("Referentie (typen of scannen)").FillAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Openen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
    }

    public async Task RecordContractReceivedAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Contract ontvangen" }).ClickAsync();
        await ExpectConfirmationAsync("Contract ontvangen geregistreerd");
    }

    public async Task UploadAsync(string kind, string filePath)
    {
        await page.GetByLabel("Soort document").SelectOptionAsync(new SelectOptionValue { Label = kind });
        await page.GetByLabel("Bestand").SetInputFilesAsync(filePath);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uploaden" }).ClickAsync();
        await ExpectConfirmationAsync("toegevoegd");
    }

    /// <summary>Ticks every open item of the checklist, one at a time, as the page reloads after each.</summary>
    public async Task TickEverythingAsync()
    {
        var ticks = page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Afvinken") });
        while (await ticks.CountAsync() > 0)
        {
            await ticks.First.ClickAsync();
            await ExpectConfirmationAsync("Afgevinkt");
        }
    }

    public async Task ApproveAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Goedkeuren", Exact = true }).ClickAsync();
        await ExpectConfirmationAsync("Goedgekeurd");
    }

    public ILocator Status => page.Locator(".status-line .badge").First;

    private Task ExpectConfirmationAsync(string text) =>
        Expect(page.Locator(".alert-ok")).ToContainTextAsync(text);
}
