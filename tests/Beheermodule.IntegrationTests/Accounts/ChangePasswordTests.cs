using System.Net;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>A signed-in holder changes their own password on /profiel/wachtwoord, with the current one first.</summary>
public sealed class ChangePasswordTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string PagePath = "/profiel/wachtwoord";
    private const string OldPassword = "zomer26fiets";
    private const string NewPassword = "wolk73regen";

    [Fact]
    public async Task TheRightCurrentPassword_ChangesIt_SendsANotice_AndKeepsThePersonSignedIn()
    {
        var (userName, client) = await SignedInAsync();

        var response = await client.PostFormAsync(PagePath, [new("Input.CurrentPassword", OldPassword), new("Input.NewPassword", NewPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PagePath, response.Headers.Location!.ToString());
        var page = await client.GetPageAsync(PagePath);
        Assert.Equal(ChangePasswordModel.Changed, page.QuerySelector(".alert-ok")!.TextContent.Trim());
        Assert.True(await PasswordIsAsync(userName, NewPassword));
        var notice = Assert.Single(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == $"{userName}@example.nl"));
        Assert.Equal("Uw wachtwoord voor eHerkenning is gewijzigd", notice.Subject);
        Assert.Contains(userName, notice.TextBody);
        Assert.Contains("088 000 00 00", notice.TextBody);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "account.password-changed" && e.Outcome == AuditOutcome.Success && e.Actor == $"account:{userName}")));

        // The old password no longer opens the account; the new one does.
        var fresh = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.Equal(HttpStatusCode.OK, (await fresh.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", OldPassword)])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", NewPassword)])).StatusCode);
    }

    [Fact]
    public async Task AWrongCurrentPassword_IsRefusedBesideTheField_AndCountsTowardsTheLockout()
    {
        var (userName, client) = await SignedInAsync();

        var (response, page) = await client.PostFormAndReadAsync(PagePath, [new("Input.CurrentPassword", "niet-het-wachtwoord1"), new("Input.NewPassword", NewPassword)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ChangePasswordModel.WrongCurrentPassword, BrowserLikeClient.ErrorBeside(page, "Input.CurrentPassword"));
        Assert.Equal("", BrowserLikeClient.ValueOf(page, "Input.CurrentPassword") ?? "");
        Assert.True(await PasswordIsAsync(userName, OldPassword));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.AccessFailedCount).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "account.password-changed" && e.Outcome == AuditOutcome.Refused && e.Actor == $"account:{userName}")));
        Assert.DoesNotContain(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == $"{userName}@example.nl"));
    }

    [Fact]
    public async Task FiveWrongCurrentPasswords_LockTheAccount_SoEvenTheRightOneIsRefused()
    {
        var (userName, client) = await SignedInAsync();
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync(PagePath, [new("Input.CurrentPassword", $"fout{i}wachtwoord"), new("Input.NewPassword", NewPassword)]);
        }

        var (_, page) = await client.PostFormAndReadAsync(PagePath, [new("Input.CurrentPassword", OldPassword), new("Input.NewPassword", NewPassword)]);

        Assert.Equal(ChangePasswordModel.WrongCurrentPassword, BrowserLikeClient.ErrorBeside(page, "Input.CurrentPassword"));
        Assert.True(await PasswordIsAsync(userName, OldPassword));
    }

    [Fact]
    public async Task ANewPasswordAgainstThePolicy_IsRefusedBesideTheField()
    {
        var (userName, client) = await SignedInAsync();

        var (_, page) = await client.PostFormAndReadAsync(PagePath, [new("Input.CurrentPassword", OldPassword), new("Input.NewPassword", userName + "12")]);

        Assert.Contains("gebruikersnaam", BrowserLikeClient.ErrorBeside(page, "Input.NewPassword"));
        Assert.Contains("rule-unmet", page.QuerySelector("[data-rule=no-names]")!.ClassName);
        Assert.True(await PasswordIsAsync(userName, OldPassword));
    }

    [Fact]
    public async Task WithoutSigningIn_ThePageSendsToTheLogIn()
    {
        var response = await factory.CreateBrowserClient().GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery);
    }

    private async Task<(string UserName, BrowserLikeClient Client)> SignedInAsync()
    {
        var userName = "wijzig-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var created = await users.CreateAsync(new UserAccount { UserName = userName, Email = $"{userName}@example.nl", Initials = "B.", Surname = "Wijzig", LockoutEnabled = true }, OldPassword);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        }
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var login = await client.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", OldPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return (userName, client);
    }

    private async Task<bool> PasswordIsAsync(string userName, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    }
}
