using System.Net;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>The app with a per-username limit of three attempts, and the per-IP limits out of the way.</summary>
public sealed class TightUserNameLimitFactory : BeheermoduleFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:SignInAttemptsPerUserNamePerQuarterHour"] = "3",
    };
}

/// <summary>Log-in attempts are limited per username too, over every IP address; the refusal is the friendly 429 page.</summary>
public sealed class UserNameRateLimitTests(TightUserNameLimitFactory factory) : IClassFixture<TightUserNameLimitFactory>
{
    [Fact]
    public async Task TheFourthAttemptOnOneUserName_GetsTheFriendly429Page_HoweverTheNameIsWritten()
    {
        var userName = "gokker-" + Guid.NewGuid().ToString("N")[..6];
        foreach (var written in new[] { userName, userName.ToUpperInvariant(), $"  {userName} " })
        {
            var (attempt, _) = await TryAsync(written);
            Assert.Equal(HttpStatusCode.OK, attempt.StatusCode);
        }

        var (response, page) = await TryAsync(userName);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("Even geduld", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task AnotherUserName_FromTheSameAddress_StillGetsItsOwnAttempts()
    {
        var busy = "druk-" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 4; i++)
        {
            await TryAsync(busy);
        }

        var (response, _) = await TryAsync("rustig-" + Guid.NewGuid().ToString("N")[..6]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task LinkingAnExistingAccountAtActivation_SharesTheUserNamesBudget()
    {
        var userName = "koppel-" + Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 2; i++)
        {
            await TryAsync(userName);
        }
        var issued = await Activation.ActivationJourney.IssueAsync(factory, Beheermodule.Core.Levels.AssuranceLevel.EH2);
        var journey = new Activation.ActivationJourney(factory);
        await journey.EnterCodeAsync(issued.Code);
        await journey.ConfirmHolderAsync();

        Assert.Equal(HttpStatusCode.OK, (await journey.LinkAccountAsync(userName, "Verkeerd-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await journey.LinkAccountAsync(userName, "Verkeerd-2026")).StatusCode);
    }

    private async Task<(HttpResponseMessage Response, AngleSharp.Html.Dom.IHtmlDocument Page)> TryAsync(string userName)
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        return await client.PostFormAndReadAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", "Verkeerd-2026")]);
    }
}
