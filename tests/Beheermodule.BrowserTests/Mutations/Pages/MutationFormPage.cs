using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Mutations.Pages;

/// <summary>/mutaties as a customer uses it: choose the change, identify the means, send.</summary>
public sealed class MutationFormPage(IPage page)
{
    public async Task RequestAsync(string kind, string kvkNumber, string holderEmail)
    {
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Wijziging doorgeven" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wijziging doorgeven (mutatie)");
        await page.GetByLabel(kind).CheckAsync();
        await page.GetByLabel("KvK-nummer", new() { Exact = true }).FillAsync(kvkNumber);
        await page.GetByLabel("E-mailadres van de gebruiker").FillAsync(holderEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Wijziging versturen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Wij hebben uw wijziging ontvangen");
    }

    public Task<string> ReferenceAsync() => page.Locator(".reference").First.InnerTextAsync();
}
