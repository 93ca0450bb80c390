using System.Net;
using Beheermodule.DemoService.Home;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;

namespace Beheermodule.IntegrationTests.DemoService;

/// <summary>Logged in, MijnOverijssel shows what eHerkenning sent, each attribute with its Dutch label; and logs out at both ends.</summary>
public sealed class ReceivedClaimsTests(DemoServiceFactory factory) : IClassFixture<DemoServiceFactory>
{
    [Fact]
    public async Task EveryKnownAttribute_IsShownWithItsDutchLabel()
    {
        var client = await factory.CreateSignedInClientAsync(
        [
            new("sub", "b5a1c0de-pseudoniem"),
            new(ReceivedClaims.ActingSubject, "b5a1c0de-pseudoniem"),
            new(ReceivedClaims.KvkNumber, "69599084"),
            new(ReceivedClaims.BranchNumber, "000038509504"),
            new("acr", "urn:etoegang:core:assurance-class:loa2plus"),
            new("given_name", "Jan"),
            new("family_name", "de Vries"),
            new(ReceivedClaims.ServiceUuid, "4b8f2e6a-0c1d-4e2f-9a3b-5c6d7e8f9a0b"),
        ]);

        var page = await new BrowserLikeClient(client).GetPageAsync("/");

        Assert.Equal("U bent ingelogd", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Wat MijnOverijssel van eHerkenning ontving", page.QuerySelector("h2")!.TextContent.Trim());
        var rows = page.QuerySelectorAll("table.claims tbody tr")
            .Select(row => (Label: row.QuerySelector("th")!.TextContent, Key: row.QuerySelector("td")!.GetAttribute("data-claim"), Value: row.QuerySelector("td")!.TextContent))
            .ToList();
        Assert.Equal(
        [
            ("KvK-nummer", "kvk", "69599084"),
            ("Vestigingsnummer", "vestiging", "000038509504"),
            ("Pseudoniem van de medewerker", "pseudoniem", "b5a1c0de-pseudoniem"),
            ("Betrouwbaarheidsniveau", "niveau", "EH2+ (urn:etoegang:core:assurance-class:loa2plus)"),
            ("Naam", "naam", "Jan de Vries"),
            ("Dienst", "dienst", "4b8f2e6a-0c1d-4e2f-9a3b-5c6d7e8f9a0b"),
        ], rows);
        Assert.Null(page.QuerySelector("a[href='/inloggen']"));
    }

    [Fact]
    public async Task OnlyASubject_ShowsItAsThePseudonym_AndNoEmptyRows()
    {
        var client = await factory.CreateSignedInClientAsync([new("sub", "alleen-sub"), new("acr", "urn:etoegang:core:assurance-class:loa4")]);

        var page = await new BrowserLikeClient(client).GetPageAsync("/");

        Assert.Equal("alleen-sub", page.QuerySelector("td[data-claim=pseudoniem]")!.TextContent);
        Assert.Equal("EH4 (urn:etoegang:core:assurance-class:loa4)", page.QuerySelector("td[data-claim=niveau]")!.TextContent);
        Assert.Null(page.QuerySelector("td[data-claim=naam]"));
        Assert.Null(page.QuerySelector("td[data-claim=kvk]"));
        Assert.Equal(2, page.QuerySelectorAll("table.claims tbody tr").Length);
    }

    [Fact]
    public async Task AClaimValue_IsShownAsText_NotAsMarkup()
    {
        var client = await factory.CreateSignedInClientAsync([new("sub", "x"), new("given_name", "<script>alert(1)</script>")]);

        var page = await new BrowserLikeClient(client).GetPageAsync("/");

        Assert.Equal("<script>alert(1)</script>", page.QuerySelector("td[data-claim=naam]")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task Uitloggen_EndsTheLocalSession_AndSignsOutAtTheProvider()
    {
        var client = new BrowserLikeClient(await factory.CreateSignedInClientAsync([new("sub", "uitlogger")]));

        var home = await client.GetPageAsync("/");
        var form = home.QuerySelector("form[method=post]")!;
        Assert.Equal("Uitloggen", form.QuerySelector("button")!.TextContent.Trim());
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal($"{DemoServiceFactory.Authority}/connect/endsession", location.GetLeftPart(UriPartial.Path));
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("https://localhost/signout-callback-oidc", query["post_logout_redirect_uri"]);
        Assert.Equal(DemoServiceFactory.ClientId, query["client_id"]);
        var after = await client.GetPageAsync("/");
        Assert.Equal("Welkom bij MijnOverijssel", after.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public async Task Uitloggen_WithoutAntiforgeryToken_IsRefused()
    {
        var client = await factory.CreateSignedInClientAsync([new("sub", "doelwit")]);

        var response = await client.PostAsync("/uitloggen", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var home = await new BrowserLikeClient(client).GetPageAsync("/");
        Assert.Equal("U bent ingelogd", home.QuerySelector("h1")!.TextContent.Trim());
    }

    [Theory]
    [InlineData("urn:etoegang:core:assurance-class:loa1", "EH1 (urn:etoegang:core:assurance-class:loa1)")]
    [InlineData("urn:etoegang:core:assurance-class:loa2", "EH2 (urn:etoegang:core:assurance-class:loa2)")]
    [InlineData("urn:etoegang:core:assurance-class:loa2plus", "EH2+ (urn:etoegang:core:assurance-class:loa2plus)")]
    [InlineData("urn:etoegang:core:assurance-class:loa3", "EH3 (urn:etoegang:core:assurance-class:loa3)")]
    [InlineData("urn:etoegang:core:assurance-class:loa4", "EH4 (urn:etoegang:core:assurance-class:loa4)")]
    [InlineData("urn:etoegang:core:assurance-class:loa5", "urn:etoegang:core:assurance-class:loa5")]
    [InlineData("loa3", "loa3")]
    public void TheLevel_IsNamedAsInEHerkenning(string acr, string shown) =>
        Assert.Equal(shown, AssuranceLevels.Describe(acr));
}
