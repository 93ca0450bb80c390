using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Registration;

/// <summary>The summary tells which beheerders get a means of their own, and that it costs nothing.</summary>
public sealed class ManagerMeansHintTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private async Task<AngleSharp.Html.Dom.IHtmlDocument> SummaryAsync(params TestPerson[] users)
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync("68750110"));
        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers", await journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(users));
        return await journey.Client.GetPageAsync("/aanvragen/overzicht");
    }

    [Fact]
    public async Task ABeheerderWhoIsNoUser_IsToldOfTheOwnMeans_AndTheQuoteCountsOnlyTheUsers()
    {
        var page = await SummaryAsync(ApplicationJourney.User("Jansen"));

        var hint = Assert.Single(page.QuerySelectorAll(".own-means"));
        Assert.Equal("D. Duck is geen gebruiker en krijgt daarom een eigen middel om in de beheermodule in te loggen. Daarvoor betaalt u niets.", hint.TextContent);
        Assert.Contains("1 × eHerkenningsmiddel EH2", page.Body!.TextContent);
    }

    [Fact]
    public async Task ABeheerderWhoIsAlsoAUser_GetsNoSecondMeans()
    {
        var page = await SummaryAsync(ApplicationJourney.Representative with { Phone = "06 1234 5678" });

        Assert.Empty(page.QuerySelectorAll(".own-means"));
    }
}
