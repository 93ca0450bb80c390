using System.Net;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Security;

public sealed class SecurityHeadersTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/aanvragen")]
    [InlineData("/health")]
    [InlineData("/bestaat-niet")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        var response = await factory.CreateBrowserClient().GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var client = factory.CreateBrowserClient();
        await client.GetAsync("/aanvragen");

        var response = await client.PostAsync("/aanvragen", new FormUrlEncodedContent([new("Input.Level", "EH2"), new("action", "next")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task EveryFormOnTheWizard_CarriesAnAntiforgeryToken()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        foreach (var path in new[] { "/aanvragen" })
        {
            var page = await client.GetPageAsync(path);
            Assert.All(page.QuerySelectorAll("form[method=post]"), form => Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]")));
        }
    }
}

/// <summary>A factory with low limits, so a test can reach them.</summary>
public sealed class LowRateLimitFactory : BeheermoduleFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:PostsPerMinute"] = "3",
    };
}

public sealed class RateLimitTests(LowRateLimitFactory factory) : IClassFixture<LowRateLimitFactory>
{
    [Fact]
    public async Task PublicPost_AboveTheLimitPerAddress_Gets429()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            statuses.Add((await client.PostFormAsync("/aanvragen", [new("Input.Level", "EH2"), new("Input.Rush", "None"), new("action", "next")])).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        var page = await BrowserLikeClient.ReadPageAsync(await client.PostFormAsync("/aanvragen", [new("action", "next")]));
        Assert.Contains("Even geduld", page.Body!.TextContent);
    }
}
