using System.Globalization;
using Beheermodule.Core.Registration;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Backoffice.Pages;

/// <summary>The backoffice queue's scan box and one application's check page.</summary>
public sealed class ApplicationCheckPage(IPage page)
{
    /// <summary>Small stand-ins for scans: files the document store recognises as a PDF and a PNG.</summary>
    public static readonly byte[] ScanPdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();
    public static readonly byte[] ScanPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0];

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

    /// <summary>
    /// "Contract ontvangen", then the signed contract and an identity document for every person the upload form
    /// offers (everyone who gets a means): small stand-in files written to <paramref name="folder"/>, named after
    /// <paramref name="applicant"/>.
    /// </summary>
    public async Task ReceiveContractAndIdentityDocumentAsync(string folder, string applicant)
    {
        await RecordContractReceivedAsync();
        Directory.CreateDirectory(folder);
        var scan = Path.Combine(folder, $"contract-{applicant}.pdf");
        await File.WriteAllBytesAsync(scan, ScanPdf);
        await UploadAsync("Ondertekend contract", scan);
        var owners = (await page.Locator("form[action*='handler=Upload'] select[name=UploadPersonId] option").AllTextContentsAsync())
            .Where(label => label != "Geen persoon").ToList();
        foreach (var owner in owners)
        {
            var identity = Path.Combine(folder, $"paspoort-{applicant}-{owners.IndexOf(owner)}.png");
            await File.WriteAllBytesAsync(identity, ScanPng);
            await UploadAsync("Kopie identiteitsbewijs", identity, owner);
        }
    }

    /// <summary>Uploads a document of <paramref name="kind"/>; an identity document for <paramref name="owner"/> as the form names them.</summary>
    public async Task UploadAsync(string kind, string filePath, string? owner = null)
    {
        var form = page.Locator("form[action*='handler=Upload']");
        await form.GetByLabel("Soort document").SelectOptionAsync(new SelectOptionValue { Label = kind });
        if (owner is not null)
        {
            await form.GetByLabel("Van wie (bij een identiteitsbewijs)").SelectOptionAsync(new SelectOptionValue { Label = owner });
        }
        await form.GetByLabel("Bestand").SetInputFilesAsync(filePath);
        await form.GetByRole(AriaRole.Button, new() { Name = "Uploaden" }).ClickAsync();
        await ExpectConfirmationAsync("toegevoegd");
    }

    /// <summary>
    /// Ticks every open item of the checklist, one at a time, as the page reloads after each; from EH3 on each person's
    /// face-to-face check is recorded in its own form first (seen today in Lelystad, a passport).
    /// </summary>
    public async Task TickEverythingAsync()
    {
        var checks = page.Locator("summary", new() { HasText = "Controle vastleggen" });
        while (await checks.CountAsync() > 0)
        {
            await checks.First.ClickAsync();
            var form = page.Locator("details[open] form.face-to-face");
            await form.GetByLabel("Datum").FillAsync(DutchDates.Today(TimeProvider.System).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await form.GetByLabel("Plaats").FillAsync("Lelystad");
            await form.GetByLabel("Soort document").SelectOptionAsync(new SelectOptionValue { Label = "Paspoort" });
            await form.GetByLabel("Laatste 4 tekens van het documentnummer").FillAsync("X12B");
            await form.GetByRole(AriaRole.Button, new() { Name = "Vastleggen en afvinken" }).ClickAsync();
            await ExpectConfirmationAsync("Face-to-face controle vastgelegd");
        }
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
