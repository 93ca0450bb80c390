using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.DevMail.Pages;

/// <summary>The development mail viewer, /dev/mail: the messages in the pickup folder, newest first.</summary>
public sealed class MailViewerPage(IPage page)
{
    /// <summary>
    /// Opens /dev/mail until a message whose subject matches appears (a background dispatcher writes mail a moment
    /// after the request that queued it), then opens the newest such message.
    /// </summary>
    public async Task OpenNewestAsync(Regex subject, TimeSpan timeout)
    {
        var link = page.GetByRole(AriaRole.Link, new() { NameRegex = subject });
        var waited = Stopwatch.StartNew();
        await page.GotoAsync("/dev/mail");
        while (await link.CountAsync() == 0)
        {
            if (waited.Elapsed > timeout)
            {
                var subjects = await page.Locator("tbody a").AllInnerTextsAsync();
                throw new Xunit.Sdk.XunitException(
                    $"No mail with a subject like {subject} within {timeout.TotalSeconds} s. The viewer shows: {string.Join(" | ", subjects.DefaultIfEmpty("nothing"))}");
            }
            await page.WaitForTimeoutAsync(250);
            await page.ReloadAsync();
        }
        await link.First.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, NameRegex = subject })).ToBeVisibleAsync();
    }

    /// <summary>The message's HTML version, shown in the viewer's sandboxed iframe.</summary>
    public IFrameLocator HtmlVersion => page.FrameLocator("iframe[title='HTML-versie van het bericht']");

    /// <summary>Clicks a link in the HTML version; the viewer opens links in the whole tab.</summary>
    public async Task ClickLinkInHtmlAsync(string name, Regex expectedUrl)
    {
        await HtmlVersion.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await page.WaitForURLAsync(expectedUrl);
    }
}
