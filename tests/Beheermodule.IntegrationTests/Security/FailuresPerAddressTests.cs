using System.Net;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Activation;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Security;

public sealed class ThreeFailuresPerAddressFactory : BeheermoduleFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:FailedSignInsPerAddressPerQuarterHour"] = "3",
        ["Activation:FailedAttemptsPerQuarterHour"] = "1000",
        ["Activation:FailedAttemptsPerAddressPerQuarterHour"] = "1000",
    };
}

/// <summary>
/// Per IP address only failures count: above the limit every page that checks a secret answers with the "Even
/// geduld" page and the wait, a quarter of an hour later the address may try again, and successes never count.
/// </summary>
public sealed class FailuresPerAddressTests(ThreeFailuresPerAddressFactory factory) : IClassFixture<ThreeFailuresPerAddressFactory>
{
    private Task<HttpResponseMessage> LogInAsync(string userName, string password) =>
        new BrowserLikeClient(factory.CreateBrowserClient()).PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", password)]);

    [Fact]
    public async Task WrongPasswordsForManyAccounts_AboveTheLimit_GetEvenGeduldWithTheWait_UntilAQuarterHourHasPassed()
    {
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await LogInAsync($"onbekend-{i}", "Verkeerd-2026")).StatusCode);
        }

        var turnedAway = await LogInAsync(account.UserName, SignInAccounts.Password);
        Assert.Equal(HttpStatusCode.TooManyRequests, turnedAway.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(turnedAway);
        Assert.Equal("Even geduld", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Probeer het over 15 minuten opnieuw.", page.Body!.TextContent);
        Assert.Equal("900", turnedAway.Headers.RetryAfter?.Delta?.TotalSeconds.ToString());

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal("/", (await LogInAsync(account.UserName, SignInAccounts.Password)).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task SuccessfulLogIns_DoNotCount()
    {
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal("/", (await LogInAsync(account.UserName, SignInAccounts.Password)).Headers.Location?.OriginalString);
        }
    }

    [Fact]
    public async Task AnActivationStep_AboveTheLimit_ShowsEvenGeduld_NotAnError()
    {
        factory.Clock.Advance(TimeSpan.FromDays(1));
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var journey = new ActivationJourney(factory);
        ActivationJourney.AssertRedirect(await journey.EnterCodeAsync(issued.Code), "/activeren/middel");
        ActivationJourney.AssertRedirect(await journey.ConfirmHolderAsync(), "/activeren/account");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await journey.LinkAccountAsync($"onbekend-{i}")).StatusCode);
        }

        var turnedAway = await journey.LinkAccountAsync("onbekend-4");

        Assert.Equal(HttpStatusCode.TooManyRequests, turnedAway.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(turnedAway);
        Assert.Equal("Even geduld", page.QuerySelector("h1")!.TextContent);
        Assert.DoesNotContain("Er ging iets mis", page.Body!.TextContent);
    }
}
