using System.Net;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Registration;

public sealed class StatusPageTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Theory]
    [InlineData("/status/geen-geldige-link")]
    [InlineData("/status/geen-geldige-link/contract")]
    [InlineData("/status/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    public async Task WrongToken_IsNotFound(string path)
    {
        var response = await factory.CreateBrowserClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task StatusPage_ShowsTheTimelineAndWhatToDo_WithoutLeakingTheLink()
    {
        var journey = new ApplicationJourney(factory);
        var statusPath = await journey.ApplyAsync(Core.Levels.AssuranceLevel.EH2Plus, "90001354", null,
            [ApplicationJourney.User("Status", "MijnOverheid Berichtenbox voor bedrijven")], rush: "SameDay");

        var (response, page) = await journey.Client.GetAsync(statusPath);

        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Single(page.QuerySelectorAll(".timeline li"));
        Assert.Contains("Wacht op contract", page.QuerySelector(".timeline")!.TextContent);
        Assert.Contains("Contract downloaden", page.Body!.TextContent);
        Assert.Contains("EH2+", page.Body.TextContent);
    }
}
