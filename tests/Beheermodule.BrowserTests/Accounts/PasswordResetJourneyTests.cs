using System.Text.RegularExpressions;
using Beheermodule.BrowserTests.Accounts.Pages;
using Beheermodule.BrowserTests.DevMail.Pages;
using Beheermodule.BrowserTests.Infrastructure;
using Beheermodule.Core.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Accounts;

/// <summary>A forgotten password in a real browser: the link from the mail, a new password with the live checklist, log in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PasswordResetJourneyTests(BrowserFixture browser, BrowserAppFactory app, ITestOutputHelper output)
{
    [Fact]
    public async Task ForgottenPassword_LinkFromTheMail_ChecklistFollowsTheTyping_NewPasswordLogsIn()
    {
        var userName = "vergeten-" + Guid.NewGuid().ToString("N")[..6];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var created = await users.CreateAsync(new UserAccount { UserName = userName, Email = $"{userName}@example.nl", Initials = "V.", Surname = "Vergeten" }, "zomer26fiets");
            Assert.True(created.Succeeded);
        }
        await using var session = await browser.NewSessionAsync(app.ServerAddress, nameof(ForgottenPassword_LinkFromTheMail_ChecklistFollowsTheTyping_NewPasswordLogsIn), output);
        await session.RunAsync(async page =>
        {
            await page.GotoAsync("/inloggen");
            await page.GetByRole(AriaRole.Link, new() { Name = "Wachtwoord vergeten?" }).ClickAsync();
            await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
            await page.GetByRole(AriaRole.Button, new() { Name = "Link opsturen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ontvangt u binnen enkele minuten een e-mail");

            var mail = new MailViewerPage(page);
            await mail.OpenNewestAsync(new Regex("^Nieuw wachtwoord kiezen voor eHerkenning$"), TimeSpan.FromSeconds(30));
            await mail.ClickLinkInHtmlAsync("Nieuw wachtwoord kiezen", new Regex("/inloggen/wachtwoord-herstellen\\?account="));

            var field = new NewPasswordFieldPart(page);
            await field.TypeAsync("ab1");
            await field.ExpectUnmetAsync("8 tot en met 16 tekens");
            await field.ExpectUnmetAsync("Minstens 2 cijfers");
            await field.ExpectMetAsync("Minstens 2 letters");
            await field.TypeAsync($"{userName}77");
            await field.ExpectUnmetAsync("Niet uw gebruikersnaam");
            await field.TypeAsync("wolk73regen");
            await field.ExpectMetAsync("8 tot en met 16 tekens");
            await field.ExpectMetAsync("Minstens 2 cijfers");
            await field.ExpectMetAsync("Niet uw gebruikersnaam");
            await page.GetByRole(AriaRole.Button, new() { Name = "Wachtwoord opslaan" }).ClickAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Uw wachtwoord is gewijzigd" })).ToBeVisibleAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Inloggen", Exact = true }).Last.ClickAsync();
            await page.GetByLabel("Gebruikersnaam").FillAsync(userName);
            await page.GetByLabel("Wachtwoord", new() { Exact = true }).FillAsync("wolk73regen");
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Uitloggen") })).ToBeVisibleAsync();
        });
    }
}
