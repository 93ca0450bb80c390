using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// Five failures, passwords and codes together, lock an account for 5 minutes; each further lockout without a
/// successful log-in in between lasts twice as long (at most a day); a successful log-in starts over. A locked
/// account hears the same as a wrong password.
/// </summary>
public sealed class LockoutTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string WrongPassword = "Verkeerd-2026";

    [Fact]
    public async Task FiveWrongPasswords_Lock_WithTheWrongPasswordMessage_UntilFiveMinutesHavePassed()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        await FailAsync(account.UserName, 5);

        var (_, page) = await TryAsync(account.UserName, SignInAccounts.Password);
        Assert.Contains(LoginModel.WrongCredentials, page.QuerySelector(".alert-error")!.TextContent);

        factory.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(HttpStatusCode.OK, (await TryAsync(account.UserName, SignInAccounts.Password)).Response.StatusCode);

        factory.Clock.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        Assert.Equal("/", (await TryAsync(account.UserName, SignInAccounts.Password)).Response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task FourWrongPasswords_DoNotLock()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        await FailAsync(account.UserName, 4);

        Assert.Equal("/", (await TryAsync(account.UserName, SignInAccounts.Password)).Response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task LockoutsInARow_DoubleEachTime_AndASuccessfulLogInStartsOver()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);

        await FailAsync(account.UserName, 5);
        Assert.Equal(TimeSpan.FromMinutes(5), await LockedForAsync(account.Id));
        factory.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        await FailAsync(account.UserName, 5);
        Assert.Equal(TimeSpan.FromMinutes(10), await LockedForAsync(account.Id));
        factory.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await TryAsync(account.UserName, SignInAccounts.Password)).Response.StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        await FailAsync(account.UserName, 5);
        Assert.Equal(TimeSpan.FromMinutes(20), await LockedForAsync(account.Id));
        factory.Clock.Advance(TimeSpan.FromMinutes(20) + TimeSpan.FromSeconds(1));

        Assert.Equal("/", (await TryAsync(account.UserName, SignInAccounts.Password)).Response.Headers.Location?.OriginalString);
        await FailAsync(account.UserName, 5);
        Assert.Equal(TimeSpan.FromMinutes(5), await LockedForAsync(account.Id));
    }

    [Fact]
    public async Task WrongCodes_CountTowardsTheSameLockout()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        await FailAsync(account.UserName, 2);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await SignInAccounts.PostPasswordAsync(client, account.UserName);
        var right = int.Parse(SignInAccounts.Code(account, factory.Clock.GetUtcNow()));
        var wrong = ((right + 500_000) % 1_000_000).ToString("D6");

        HttpResponseMessage response = null!;
        for (var i = 0; i < 3; i++)
        {
            response = await SignInAccounts.PostCodeAsync(client, wrong);
        }

        Assert.Equal("/inloggen", response.Headers.Location?.OriginalString);
        var (_, page) = await TryAsync(account.UserName, SignInAccounts.Password);
        Assert.Contains(LoginModel.WrongCredentials, page.QuerySelector(".alert-error")!.TextContent);
        Assert.Equal(TimeSpan.FromMinutes(5), await LockedForAsync(account.Id));
    }

    private async Task FailAsync(string userName, int times)
    {
        for (var i = 0; i < times; i++)
        {
            var (response, _) = await TryAsync(userName, WrongPassword);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> TryAsync(string userName, string password)
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        return await client.PostFormAndReadAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", password)]);
    }

    /// <summary>How long from now the account stays locked.</summary>
    private async Task<TimeSpan> LockedForAsync(string accountId)
    {
        var end = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == accountId).Select(u => u.LockoutEnd).SingleAsync());
        return end!.Value - factory.Clock.GetUtcNow();
    }
}
