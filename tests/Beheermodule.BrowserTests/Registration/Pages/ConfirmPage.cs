using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Registration.Pages;

/// <summary>The EH1 confirmation page the link in the mail opens: /aanvragen/bevestigen/{token}.</summary>
public sealed class ConfirmPage(IPage page)
{
    public async Task ConfirmAsync()
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanvraag bevestigen", Exact = true })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, ik bevestig mijn aanvraag", Exact = true }).ClickAsync();
    }

    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    public async Task<StatusPage> OpenStatusAsync()
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Bekijk de status van uw aanvraag", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/status/[^/?#]+$"));
        return new StatusPage(page);
    }
}
