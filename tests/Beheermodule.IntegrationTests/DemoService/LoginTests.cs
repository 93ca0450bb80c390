using System.Net;
using Beheermodule.DemoService.Home;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Beheermodule.IntegrationTests.DemoService;

/// <summary>MijnOverijssel logs in through Beheermodule: authorisation code flow with PKCE, and a refusal explained in Dutch.</summary>
public sealed class LoginTests(DemoServiceFactory factory) : IClassFixture<DemoServiceFactory>
{
    private static async Task<Uri> StartLoginAsync(HttpClient client)
    {
        var response = await client.GetAsync("/inloggen");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!;
    }

    [Fact]
    public async Task TheHomePage_Anonymous_OffersLoginWithEHerkenning()
    {
        var page = await new BrowserLikeClient(factory.CreateBrowserClient()).GetPageAsync("/");

        Assert.Equal("Welkom bij MijnOverijssel", page.QuerySelector("h1")!.TextContent.Trim());
        var login = Assert.Single(page.QuerySelectorAll("a.button"));
        Assert.Equal("Inloggen met eHerkenning", login.TextContent.Trim());
        Assert.Equal("/inloggen", login.GetAttribute("href"));
        Assert.Contains("Provincie Overijssel", page.QuerySelector("header")!.TextContent);
        Assert.Null(page.QuerySelector("table"));
    }

    [Fact]
    public async Task Inloggen_RedirectsToTheAuthorizeEndpoint_WithCodeFlowAndPkce()
    {
        var location = await StartLoginAsync(factory.CreateBrowserClient());

        Assert.Equal($"{DemoServiceFactory.Authority}/connect/authorize", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(DemoServiceFactory.ClientId, query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        // No response_mode: the code flow's default, the query of a top-level GET, where SameSite=Lax cookies are sent.
        Assert.False(query.ContainsKey("response_mode"));
        Assert.Equal(43, query["code_challenge"].ToString().Length);
        Assert.Contains("openid", query["scope"].ToString().Split(' '));
        Assert.Contains("profile", query["scope"].ToString().Split(' '));
        Assert.Equal("https://localhost/signin-oidc", query["redirect_uri"]);
        Assert.False(string.IsNullOrEmpty(query["state"]));
        Assert.False(string.IsNullOrEmpty(query["nonce"]));
        // The secret goes only over the back channel.
        Assert.DoesNotContain(DemoServiceFactory.ClientSecret, location.ToString());
    }

    [Fact]
    public async Task TheCallback_WithACode_RedeemsItWithTheVerifier_AndShowsWhatItReceived()
    {
        var client = factory.CreateBrowserClient();
        var authorize = await StartLoginAsync(client);
        var state = QueryHelpers.ParseQuery(authorize.Query)["state"];
        var code = factory.Provider.IssueCode(authorize, new Dictionary<string, object>
        {
            ["sub"] = "pseudoniem-42",
            [ReceivedClaims.ActingSubject] = "pseudoniem-42",
            [ReceivedClaims.KvkNumber] = "69599084",
            ["acr"] = "urn:etoegang:core:assurance-class:loa3",
        });

        var callback = await client.GetAsync($"/signin-oidc?code={code}&state={Uri.EscapeDataString(state!)}");

        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, $"{(int)callback.StatusCode} {callback.Headers.Location}; provider: {string.Join(", ", factory.Provider.Refusals)}");
        Assert.Equal("/", callback.Headers.Location!.OriginalString);
        var page = await BrowserLikeClient.ReadPageAsync(await client.GetAsync("/"));
        Assert.Equal("U bent ingelogd", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("69599084", page.QuerySelector("td[data-claim=kvk]")!.TextContent);
        Assert.Equal("pseudoniem-42", page.QuerySelector("td[data-claim=pseudoniem]")!.TextContent);
        Assert.Equal("EH3 (urn:etoegang:core:assurance-class:loa3)", page.QuerySelector("td[data-claim=niveau]")!.TextContent);
    }

    [Fact]
    public async Task TheCallback_WithACodeFromAnotherBrowser_DoesNotLogIn()
    {
        var authorize = await StartLoginAsync(factory.CreateBrowserClient());
        var state = QueryHelpers.ParseQuery(authorize.Query)["state"];
        var code = factory.Provider.IssueCode(authorize, new Dictionary<string, object> { ["sub"] = "pseudoniem-43" });
        var otherBrowser = factory.CreateBrowserClient();

        var callback = await otherBrowser.GetAsync($"/signin-oidc?code={code}&state={Uri.EscapeDataString(state!)}");

        Assert.Equal("/inloggen-mislukt", callback.Headers.Location?.OriginalString);
        var page = await BrowserLikeClient.ReadPageAsync(await otherBrowser.GetAsync("/"));
        Assert.Equal("Welkom bij MijnOverijssel", page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task ARefusal_ShowsTheProvidersReason_EncodedAndOnce()
    {
        const string reason = "U heeft geen machtiging voor deze dienst. Vraag de machtigingenbeheerder van uw organisatie om een <b>machtiging</b>.";
        var client = factory.CreateBrowserClient();
        var state = QueryHelpers.ParseQuery((await StartLoginAsync(client)).Query)["state"];

        var callback = await client.GetAsync(
            $"/signin-oidc?error=access_denied&error_description={Uri.EscapeDataString(reason)}&state={Uri.EscapeDataString(state!)}");

        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal("/geen-toegang", callback.Headers.Location!.OriginalString);
        var (response, page) = await new BrowserLikeClient(client).GetAsync("/geen-toegang");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var shown = page.QuerySelector("[data-reason]")!;
        Assert.Equal(reason, shown.TextContent);
        Assert.Null(shown.QuerySelector("b"));
        Assert.Equal("/inloggen", page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Opnieuw inloggen").GetAttribute("href"));

        var again = await new BrowserLikeClient(client).GetPageAsync("/geen-toegang");
        Assert.Null(again.QuerySelector("[data-reason]"));
    }

    [Fact]
    public async Task ARefusal_WithoutTheBrowsersCorrelationCookie_ShowsNoReason()
    {
        var state = QueryHelpers.ParseQuery((await StartLoginAsync(factory.CreateBrowserClient())).Query)["state"];
        var otherBrowser = factory.CreateBrowserClient();

        var callback = await otherBrowser.GetAsync(
            $"/signin-oidc?error=access_denied&error_description={Uri.EscapeDataString("Nep-melding")}&state={Uri.EscapeDataString(state!)}");

        Assert.Equal("/inloggen-mislukt", callback.Headers.Location?.OriginalString);
        var page = await new BrowserLikeClient(otherBrowser).GetPageAsync("/inloggen-mislukt");
        Assert.Equal("Inloggen is niet gelukt", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("Nep-melding", page.Body!.TextContent);
    }

    [Fact]
    public async Task ARefusal_WithoutState_EndsOnTheErrorPage()
    {
        var callback = await factory.CreateBrowserClient().GetAsync("/signin-oidc?error=access_denied&error_description=Nep-melding");

        Assert.Equal("/inloggen-mislukt", callback.Headers.Location?.OriginalString);
    }
}
