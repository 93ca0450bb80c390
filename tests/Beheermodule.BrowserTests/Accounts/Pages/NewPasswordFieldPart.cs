using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Accounts.Pages;

/// <summary>The new-password field with its checklist (_NewPasswordField), on whichever page shows it.</summary>
public sealed class NewPasswordFieldPart(IPage page, string label = "Nieuw wachtwoord", ILocator? form = null)
{
    private ILocator Scope => form ?? page.Locator("body");

    private ILocator Field => Scope.Locator("[data-password-checklist]");

    /// <summary>Types key by key, as a person does, so the checklist updates while typing.</summary>
    public async Task TypeAsync(string password)
    {
        var input = Scope.GetByLabel(label, new() { Exact = true });
        await input.ClearAsync();
        await input.PressSequentiallyAsync(password, new() { Delay = 40 });
    }

    public ILocator Rule(string text) => Field.Locator("li", new() { HasText = text });

    public Task ExpectMetAsync(string text) => Expect(Rule(text)).ToHaveTextAsync(new Regex(@"\(voldaan\)"));

    public Task ExpectUnmetAsync(string text) => Expect(Rule(text)).ToHaveTextAsync(new Regex(@"\(nog niet voldaan\)"));
}
