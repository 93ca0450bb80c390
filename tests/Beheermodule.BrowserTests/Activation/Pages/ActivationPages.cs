using System.Text.RegularExpressions;
using Beheermodule.BrowserTests.Accounts.Pages;
using Beheermodule.Core.Otp;
using Microsoft.Playwright;
using OtpNet;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Activation.Pages;

/// <summary>
/// The activation sequence and the holder's log-in. The test is the holder's phone: it reads the key the page shows
/// and computes the codes an authenticator app would.
/// </summary>
public sealed class ActivationPages(IPage page)
{
    private long _lastUsedStep = -1;

    public async Task EnterCodeAsync(string code)
    {
        await page.GotoAsync("/activeren");
        await page.GetByLabel("Aanmeldcode").FillAsync(code.ToLowerInvariant().Replace("-", " "));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verder" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Is dit middel voor u?");
    }

    public async Task ConfirmHolderAsync(string holderName, string level)
    {
        await Expect(page.Locator("dl.card")).ToContainTextAsync(holderName);
        await Expect(page.Locator("dl.card")).ToContainTextAsync(level);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, dit ben ik: verder" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Uw account");
    }

    /// <summary>Chooses a username and a password, watching the checklist beside the field agree.</summary>
    public async Task CreateAccountAsync(string userName, string password)
    {
        var form = page.Locator("form[action*='handler=Create']");
        await form.GetByLabel("Gebruikersnaam").FillAsync(userName);
        var field = new NewPasswordFieldPart(page, "Wachtwoord", form);
        await field.TypeAsync("kort");
        await field.ExpectUnmetAsync("8 tot en met 16 tekens");
        await field.TypeAsync(password);
        await field.ExpectMetAsync("8 tot en met 16 tekens");
        await form.GetByLabel("Wachtwoord nog een keer").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Account aanmaken" }).ClickAsync();
    }

    /// <summary>An upgrade (rule 13): the page offers nothing but logging in with the account that has the means.</summary>
    public async Task LogInForTheUpgradeAsync(string userName, string password)
    {
        await Expect(page.Locator("form[action*='handler=Create']")).ToHaveCountAsync(0);
        var form = page.Locator("form[action*='handler=Link']");
        await form.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await form.GetByLabel("Wachtwoord").FillAsync(password);
        await form.GetByRole(AriaRole.Button, new() { Name = "Inloggen en opwaarderen" }).ClickAsync();
    }

    /// <summary>Scans the key as text into the "app" and proves it with the code it shows; returns the seed.</summary>
    public async Task<byte[]> EnrolAuthenticatorAsync()
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Stel uw tweede stap in");
        await Expect(page.Locator(".qr svg")).ToBeVisibleAsync();
        var seed = Base32Encoding.ToBytes((await page.Locator("code.otp-key").InnerTextAsync()).Replace(" ", ""));
        await page.GetByLabel("Code uit de app").FillAsync(FreshCode(seed));
        await page.GetByRole(AriaRole.Button, new() { Name = "App koppelen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Log één keer in");
        return seed;
    }

    /// <summary>Username, password, then the code the app shows; a code works once, so this waits for a new one if needed.</summary>
    public async Task LogInAsync(string userName, string password, byte[] seed)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Inloggen");
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/inloggen/code"));
        var code = await WaitForFreshCodeAsync(seed);
        await page.GetByLabel("Code uit uw authenticator-app of OTP-token").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    private async Task<string> WaitForFreshCodeAsync(byte[] seed)
    {
        while (CurrentStep() <= _lastUsedStep)
        {
            await Task.Delay(500);
        }
        return FreshCode(seed);
    }

    private string FreshCode(byte[] seed)
    {
        _lastUsedStep = CurrentStep();
        return TotpCode.Compute(seed, DateTimeOffset.UtcNow);
    }

    private static long CurrentStep() => DateTimeOffset.UtcNow.ToUnixTimeSeconds() / TotpCode.StepSeconds;
}
