using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Registration.Pages;

/// <summary>The applicant's status page, /status/{token}.</summary>
public sealed partial class StatusPage(IPage page)
{
    public IPage Page => page;

    /// <summary>The reference in the heading "Aanvraag EH-2026-000001".</summary>
    public async Task<string> ReferenceAsync()
    {
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Expect(heading).ToHaveTextAsync(ReferenceHeading());
        return ReferenceHeading().Match(await heading.InnerTextAsync()).Groups["reference"].Value;
    }

    /// <summary>The status in the summary (not the timeline).</summary>
    public ILocator Status => page.Locator("dl.summary dt:text-is('Status') + dd");

    public Task ExpectStatusAsync(string status) => Expect(Status).ToHaveTextAsync(status);

    /// <summary>Clicks "Contract downloaden (PDF)" and saves the file in <paramref name="folder"/>; returns its path.</summary>
    public async Task<string> DownloadContractAsync(string folder)
    {
        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Contract downloaden (PDF)", Exact = true }).ClickAsync());
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(path);
        return path;
    }

    [GeneratedRegex(@"^Aanvraag (?<reference>[A-Z]{2,6}-\d{4}-\d+)$")]
    private static partial Regex ReferenceHeading();
}
