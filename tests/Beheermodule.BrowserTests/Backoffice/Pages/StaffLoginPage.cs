using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Backoffice.Pages;

/// <summary>/inloggen and its second step; the demo code is read from /dev/otp, which stands in for the phone.</summary>
public sealed class StaffLoginPage(IPage page)
{
    // A code works once: signing in again within its 30 seconds means waiting for the next one, as a person would.
    // Shared by every journey, as they share the app and its staff accounts.
    private static readonly ConcurrentDictionary<string, string> UsedCodes = new();

    public async Task SignInAsync(string userName, string password)
    {
        await page.GotoAsync("/inloggen");
        await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
        await page.GetByLabel("Wachtwoord").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/inloggen/code"));

        var code = await FreshDemoCodeAsync(userName);
        await page.GetByLabel("Code uit uw authenticator-app of OTP-token").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Uitloggen") })).ToBeVisibleAsync();
    }

    public async Task SignOutAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Uitloggen") }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "U bent uitgelogd" })).ToBeVisibleAsync();
    }

    private async Task<string> FreshDemoCodeAsync(string userName)
    {
        var deadline = DateTime.UtcNow.AddSeconds(40);
        while (true)
        {
            var code = await CurrentDemoCodeAsync(userName);
            if (!UsedCodes.TryGetValue(userName, out var used) || used != code || DateTime.UtcNow > deadline)
            {
                UsedCodes[userName] = code;
                return code;
            }
            await Task.Delay(1000);
        }
    }

    private async Task<string> CurrentDemoCodeAsync(string userName)
    {
        var phone = await page.Context.NewPageAsync();
        try
        {
            await phone.GotoAsync("/dev/otp");
            return (await phone.Locator($"code.otp-code[data-user='{userName}']").TextContentAsync())!.Trim();
        }
        finally
        {
            await phone.CloseAsync();
        }
    }
}
