using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Beheermodule.IntegrationTests.Registration;

/// <summary>The draft lives on the server: back, forward, refresh and a reopened tab lose nothing.</summary>
public sealed class WizardNavigationTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task BackAndForward_KeepEveryStepsData()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH3, upgrade: true));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync("69599084", "000038509520"));

        // "Vorige stap" saves what was typed, even unfinished, and goes back.
        var back = await journey.Client.PostFormAsync("/aanvragen/vertegenwoordigers",
            [new("Input.Persons[0].Surname", "Halverwege"), new("Input.Persons[0].Email", "half@"), new("action", "back")]);
        Assert.Equal("/aanvragen/organisatie", back.Headers.Location?.ToString());

        var organisation = await journey.Client.GetPageAsync("/aanvragen/organisatie");
        Assert.Equal("69599084", BrowserLikeClient.ValueOf(organisation, "Input.KvkNumber"));
        Assert.Equal("000038509520", BrowserLikeClient.ValueOf(organisation, "Input.BranchNumber"));
        var level = await journey.Client.GetPageAsync("/aanvragen");
        Assert.NotNull(level.QuerySelector("input[name='Input.Level'][value='EH3'][checked]"));
        Assert.NotNull(level.QuerySelector("input[name='Input.IsUpgrade'][checked]"));

        var representatives = await journey.Client.GetPageAsync("/aanvragen/vertegenwoordigers");
        Assert.Equal("Halverwege", BrowserLikeClient.ValueOf(representatives, "Input.Persons[0].Surname"));
        Assert.Equal("half@", BrowserLikeClient.ValueOf(representatives, "Input.Persons[0].Email"));
    }

    [Fact]
    public async Task BackFromTheOrganisationStep_KeepsTheRegisteredAddress()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync("68750110"));

        var back = await journey.Client.PostFormAsync("/aanvragen/organisatie",
            [new("Input.KvkNumber", "68750110"), new("Input.RegisterOnBranch", "false"), new("action", "back")]);
        Assert.Equal("/aanvragen", back.Headers.Location?.ToString());
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));
        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers", await journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(ApplicationJourney.User("Adres")));

        var summary = (await journey.Client.GetPageAsync("/aanvragen/overzicht")).Body!.TextContent;
        Assert.Contains("Test BV Donald", summary);
        Assert.Contains("Hizzaarderlaan", summary);
    }

    [Fact]
    public async Task SkippingAhead_ByAddress_LeadsToTheFirstUnfinishedStep()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));

        var response = await journey.Client.Http.GetAsync("/aanvragen/overzicht");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/aanvragen/organisatie", response.Headers.Location?.ToString());
    }

    [Fact]
    public async Task ClosedTab_ReopenedWithTheSameCookie_FindsTheDraft()
    {
        var jar = new CookieContainerHandler();
        var client = new BrowserLikeClient(factory.CreateDefaultClient(new Uri(BeheermoduleFactory.PublicBaseUrl), jar));
        await client.PostFormAsync("/aanvragen", [new("Input.Level", "EH2+"), new("Input.Rush", "SameDay"), new("action", "next")]);

        var draft = jar.Container.GetCookies(new Uri(BeheermoduleFactory.PublicBaseUrl))["bm-aanvraag"];
        Assert.NotNull(draft);
        Assert.True(draft.HttpOnly);
        // Persistent, not a session cookie: it survives closing the browser, for the draft's lifetime.
        Assert.InRange(draft.Expires - DateTime.Now, TimeSpan.FromHours(23), TimeSpan.FromHours(25));

        var reopened = factory.CreateBrowserClient();
        reopened.DefaultRequestHeaders.Add("Cookie", $"bm-aanvraag={draft.Value}");
        var page = await new BrowserLikeClient(reopened).GetPageAsync("/aanvragen");

        Assert.NotNull(page.QuerySelector("input[name='Input.Level'][value='EH2+'][checked]"));
        Assert.NotNull(page.QuerySelector("input[name='Input.Rush'][value='SameDay'][checked]"));
    }

    [Fact]
    public async Task Draft_OlderThanItsLifetime_IsGone()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));

        factory.Clock.Advance(TimeSpan.FromHours(24).Add(TimeSpan.FromMinutes(1)));

        var response = await journey.Client.Http.GetAsync("/aanvragen/organisatie");
        Assert.Equal("/aanvragen", response.Headers.Location?.ToString());
    }
}
