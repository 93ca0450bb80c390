using System.Text.RegularExpressions;
using Beheermodule.Core.ActivationLetters;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Backoffice.Pages;

/// <summary>/backoffice/brieven: "Batch afdrukken", the progress bar, and the PDF download.</summary>
public sealed class PrintLettersPage(IPage page)
{
    public async Task OpenAsync()
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Brieven" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Activeringsbrieven afdrukken");
    }

    /// <summary>Prints every waiting letter; returns the batch number the page confirms.</summary>
    public async Task<string> PrintAllAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Batch afdrukken: alle") }).ClickAsync();
        var confirmation = page.Locator(".alert-ok");
        await Expect(confirmation).ToContainTextAsync("wordt gemaakt");
        return Regex.Match(await confirmation.InnerTextAsync(), @"Batch (\d+)").Groups[1].Value;
    }

    /// <summary>Waits while the page follows the background job, then downloads the PDF; returns where it was saved.</summary>
    public async Task<string> DownloadAsync(string batch, string folder)
    {
        var link = page.GetByRole(AriaRole.Link, new() { Name = $"PDF downloaden (batch {batch})" });
        await Expect(link).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }

    /// <summary>
    /// The aanmeldcode on the letter of <paramref name="holder"/> ("R. Rijder"). The letter draws the code a character per
    /// cell, so it is found among the page's letters run together.
    /// </summary>
    public static string CodeOnTheLetterOf(string pdf, string holder)
    {
        using var document = PdfDocument.Open(pdf);
        var letter = document.GetPages().Single(p => string.Join(' ', p.GetWords().Select(w => w.Text)).Contains($"Gebruiker {holder}"));
        var alphabet = ActivationCodeFormat.Alphabet;
        var match = Regex.Match(string.Concat(letter.Letters.Select(l => l.Value)), $"[{alphabet}]{{4}}-[{alphabet}]{{4}}-[{alphabet}]{{4}}");
        Assert.True(match.Success, "No aanmeldcode on the letter.");
        return match.Value;
    }
}
