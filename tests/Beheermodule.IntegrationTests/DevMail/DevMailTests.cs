using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.DevMail;

public sealed class DevMailTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task DevMail_ListsSentMessages_AndShowsEachWithClickableLinks()
    {
        var journey = new ApplicationJourney(factory);
        await journey.ApplyAsync(AssuranceLevel.EH2, "68750110", null, [ApplicationJourney.User("Postbode")]);
        await factory.DeliveredMailAsync();

        var list = await journey.Client.GetPageAsync("/dev/mail");
        var link = list.QuerySelectorAll("a").First(a => a.TextContent.Contains("Wij hebben uw aanvraag"));
        var message = await journey.Client.GetPageAsync(link.GetAttribute("href")!);
        var frame = message.QuerySelector("iframe")!.GetAttribute("src")!;

        var html = await journey.Client.Http.GetAsync(frame);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("frame-ancestors 'self'", html.Headers.GetValues("Content-Security-Policy").Single());
        var body = await html.Content.ReadAsStringAsync();
        Assert.Contains("<base target=\"_top\">", body);
        Assert.Contains("/status/", body);
    }

    [Theory]
    [InlineData("/dev/mail/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/dev/mail/niet-bestaand/html")]
    public async Task DevMail_UnknownOrCraftedId_IsNotFound(string path)
    {
        var response = await factory.CreateBrowserClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class ProductionFactory : BeheermoduleFactory
{
    protected override string EnvironmentName => "Production";

    // Production has no development defaults: every required secret must be set.
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["ActivationCodes:HashKey"] = Convert.ToBase64String(new byte[32]),
    };
}

public sealed class DevMailInProductionTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task DevMail_OutsideDevelopment_DoesNotExist()
    {
        var response = await factory.CreateBrowserClient().GetAsync("/dev/mail");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
