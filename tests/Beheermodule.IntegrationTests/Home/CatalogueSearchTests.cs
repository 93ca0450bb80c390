using System.Net;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Home;

/// <summary>"Welk niveau heb ik nodig?": the catalogue search on the home page.</summary>
public sealed class CatalogueSearchTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task Search_ByProvider_ShowsTheServiceItsLevelAndAnApplyLink()
    {
        var page = await new BrowserLikeClient(factory.CreateBrowserClient()).GetPageAsync("/?q=uwv");

        var hits = page.QuerySelectorAll(".results li");
        var hit = Assert.Single(hits);
        Assert.Contains("Werkgeversportaal", hit.TextContent);
        Assert.Contains("minimaal EH3", hit.TextContent);
        Assert.Contains("geen middel op een vestigingsnummer", hit.TextContent);
        Assert.Equal("/aanvragen?niveau=EH3", hit.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Search_ByServiceWord_FindsEveryMatch()
    {
        var page = await new BrowserLikeClient(factory.CreateBrowserClient()).GetPageAsync("/?q=Formulieren");

        Assert.Equal(2, page.QuerySelectorAll(".results li").Length);
        Assert.All(page.QuerySelectorAll(".results li"), li => Assert.Contains("Provincie Overijssel", li.TextContent));
    }

    [Fact]
    public async Task Search_WithoutMatch_SaysSo()
    {
        var page = await new BrowserLikeClient(factory.CreateBrowserClient()).GetPageAsync("/?q=kinderopvangtoeslag");

        Assert.Empty(page.QuerySelectorAll(".results li"));
        Assert.Contains("Geen dienst gevonden", page.Body!.TextContent);
    }

    [Fact]
    public async Task Home_WithoutQuery_ListsTheWholeCatalogueAndEveryLevelWithItsPrice()
    {
        var (response, page) = await new BrowserLikeClient(factory.CreateBrowserClient()).GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(6, page.QuerySelectorAll(".results li").Length);
        foreach (var level in new[] { "EH1", "EH2", "EH2+", "EH3", "EH4" })
        {
            Assert.Contains(page.QuerySelectorAll(".level-name"), l => l.TextContent.Trim() == level);
        }
        Assert.Contains("€ 49,50", page.Body!.TextContent);
    }
}
