using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Mutations.Pages;

/// <summary>/mutaties as a customer uses it: choose the change, identify the means, send.</summary>
public sealed class MutationFormPage(IPage page)
{
    public async Task RequestAsync(string kind, string kvkNumber, string holderEmail, string? endDate = null)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wijziging doorgeven" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wijziging doorgeven (mutatie)");
        await page.GetByLabel(kind).CheckAsync();
        await page.GetByLabel("KvK-nummer", new() { Exact = true }).FillAsync(kvkNumber);
        await page.GetByLabel("E-mailadres van de gebruiker", new() { Exact = true }).FillAsync(holderEmail);
        if (endDate is not null)
        {
            await page.GetByLabel("Einddatum").FillAsync(endDate);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijziging versturen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wij hebben uw wijziging ontvangen");
    }

    public Task<string> ReferenceAsync() => page.Locator(".reference").First.InnerTextAsync();

    /// <summary>Downloads the mutation form to sign, as the confirmation page offers it; returns where it was saved.</summary>
    public async Task<string> DownloadFormAsync(string folder)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Mutatieformulier downloaden (PDF)" }).ClickAsync());
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }
}
