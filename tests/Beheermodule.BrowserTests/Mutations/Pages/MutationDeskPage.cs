using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Mutations.Pages;

/// <summary>/backoffice/mutaties: staff open a mutation from the list and carry it out.</summary>
public sealed class MutationDeskPage(IPage page)
{
    public async Task CarryOutAsync(string reference)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mutaties" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(reference);
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitvoeren" }).ClickAsync();
        await Expect(page.Locator(".alert-ok")).ToContainTextAsync("werkt niet meer");
    }
}
