using System.Net;
using System.Net.Http.Json;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>The endpoint behind the live checklist: each rule of the preset met or not, only for the site's own pages.</summary>
public sealed class PasswordChecklistTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string Path = "/wachtwoord/controle";

    private sealed record Rule(string Id, string Text, bool Met);

    private sealed record Answer(bool Acceptable, List<Rule> Rules);

    [Fact]
    public async Task APassword_GetsEveryRuleOfThePreset_MetOrNot()
    {
        var answer = await CheckAsync(new { password = "ab1" });

        Assert.False(answer.Acceptable);
        Assert.Equal(["length", "letters", "digits", "specials", "allowed-characters", "not-common", "no-names"], answer.Rules.Select(r => r.Id));
        Assert.False(RuleOf(answer, "length").Met);
        Assert.True(RuleOf(answer, "letters").Met);
        Assert.False(RuleOf(answer, "digits").Met);
        Assert.True(RuleOf(answer, "specials").Met);
        Assert.Equal("8 tot en met 16 tekens", RuleOf(answer, "length").Text);

        var good = await CheckAsync(new { password = "wolk73regen" });
        Assert.True(good.Acceptable);
        Assert.All(good.Rules, r => Assert.True(r.Met, r.Id));
    }

    [Fact]
    public async Task TheNamesThePageGives_AreCheckedToo()
    {
        var answer = await CheckAsync(new { password = "jansen42bakker", userName = "ajansen", organisationNames = new[] { "Bakker B.V." } });

        Assert.False(RuleOf(answer, "no-names").Met);
        Assert.True((await CheckAsync(new { password = "wolk73regen", userName = "ajansen", organisationNames = new[] { "Bakker B.V." } })).Rules.All(r => r.Met));
    }

    [Fact]
    public async Task WithoutTheAntiforgeryToken_ItAnswersNothing()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await client.GetPageAsync("/inloggen");

        var response = await client.Http.PostAsJsonAsync(Path, new { password = "wolk73regen" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("length", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheAnswer_IsNotCached()
    {
        var response = await PostAsync(new { password = "wolk73regen" });

        Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
    }

    private static Rule RuleOf(Answer answer, string id) => answer.Rules.Single(r => r.Id == id);

    private async Task<Answer> CheckAsync(object body)
    {
        var response = await PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Answer>())!;
    }

    /// <summary>As password-checklist.js does: the token of a form on the page, as a header, with the page's cookie.</summary>
    private async Task<HttpResponseMessage> PostAsync(object body)
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var page = await client.GetPageAsync("/inloggen");
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = JsonContent.Create(body) };
        request.Headers.Add("RequestVerificationToken", token);
        return await client.Http.SendAsync(request);
    }
}
