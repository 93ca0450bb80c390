using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// Only a complete sign-in sets the account's last log-in, to the clock's moment: not a refused password, not a
/// password still waiting for its code, not a wrong code.
/// </summary>
public sealed class LastSignedInAtTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private Task<DateTime?> LastSignedInAtAsync(TestAccount account) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).Select(u => u.LastSignedInAt).SingleAsync());

    [Fact]
    public async Task ThePasswordAlone_WhenThatIsTheWholeLogIn_SetsIt()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        Assert.Equal(HttpStatusCode.OK, (await SignInAccounts.PostPasswordAsync(client, account.UserName, "Verkeerd-2026")).StatusCode);
        Assert.Null(await LastSignedInAtAsync(account));

        factory.Clock.Advance(TimeSpan.FromMinutes(7));
        Assert.Equal("/", (await SignInAccounts.PostPasswordAsync(client, account.UserName)).Headers.Location!.OriginalString);

        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, await LastSignedInAtAsync(account));
    }

    [Fact]
    public async Task PasswordAndCode_SetItOnlyAfterTheCodeStep()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        Assert.StartsWith("/inloggen/code", (await SignInAccounts.PostPasswordAsync(client, account.UserName)).Headers.Location!.OriginalString);
        Assert.Null(await LastSignedInAtAsync(account));
        Assert.Equal(HttpStatusCode.OK, (await SignInAccounts.PostCodeAsync(client, WrongCode(account))).StatusCode);
        Assert.Null(await LastSignedInAtAsync(account));

        await SignInAccounts.SignInWithCodeAsync(factory, account);
        var first = factory.Clock.GetUtcNow().UtcDateTime;
        Assert.Equal(first, await LastSignedInAtAsync(account));

        // A later attempt that does not finish keeps the earlier moment.
        factory.Clock.Advance(TimeSpan.FromHours(2));
        var again = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.Equal(HttpStatusCode.OK, (await SignInAccounts.PostPasswordAsync(again, account.UserName, "Verkeerd-2026")).StatusCode);
        Assert.StartsWith("/inloggen/code", (await SignInAccounts.PostPasswordAsync(again, account.UserName)).Headers.Location!.OriginalString);
        Assert.Equal(first, await LastSignedInAtAsync(account));
    }

    private string WrongCode(TestAccount account) =>
        ((int.Parse(SignInAccounts.Code(account, factory.Clock.GetUtcNow())) + 1) % 1_000_000).ToString("D6");
}
