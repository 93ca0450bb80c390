using System.Net;
using Beheermodule.Core.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>The production command that creates staff accounts, run against the application's own services.</summary>
public sealed class StaffCommandTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task StaffAdd_CreatesAnAccountInItsRole_WhosePrintedPasswordLogsIn()
    {
        var output = new StringWriter();

        var exit = await StaffCommand.RunAsync(factory.Services,
            ["staff", "add", "pvandam", "--name", "P. van Dam", "--email", "p.vandam@example.nl", "--role", StaffRoles.HelpdeskSupervisor], output);

        Assert.Equal(0, exit);
        var password = output.ToString().Split('\n').Single(l => l.StartsWith("Eerste wachtwoord")).Split(": ")[1].Trim();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var account = await users.FindByNameAsync("pvandam");
            Assert.NotNull(account);
            Assert.Equal(("P.", "van Dam"), (account.Initials, account.Surname));
            Assert.True(await users.IsInRoleAsync(account, StaffRoles.HelpdeskSupervisor));
            Assert.NotEqual(password, account.PasswordHash);
        }
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var response = await client.PostFormAsync("/inloggen", [new("Input.UserName", "pvandam"), new("Input.Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen/authenticator", response.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData(2, "staff", "add")]
    [InlineData(2, "staff", "add", "x", "--name", "A. B")]
    [InlineData(1, "staff", "add", "onbekend", "--name", "A. B", "--email", "a@example.nl", "--role", "Beheerder")]
    public async Task StaffAdd_WithMissingOrWrongArguments_SaysWhatIsWrong(int expectedExit, params string[] args)
    {
        var output = new StringWriter();

        Assert.Equal(expectedExit, await StaffCommand.RunAsync(factory.Services, args, output));
        Assert.NotEmpty(output.ToString().Trim());
    }

    [Fact]
    public async Task SignedInNonStaff_SeesTheNoAccessPage()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            Assert.True((await users.CreateAsync(new UserAccount { UserName = "gewoon", Email = "gewoon@example.nl", Initials = "G.", Surname = "Gewoon" }, "Tulpkade-83")).Succeeded);
        }
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await client.PostFormAsync("/inloggen", [new("Input.UserName", "gewoon"), new("Input.Password", "Tulpkade-83")]);

        var (response, page) = await client.GetAsync("/geen-toegang");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("Geen toegang", page.QuerySelector("h1")!.TextContent.Trim());
    }
}
