using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Registration;

public sealed class SubmissionGuardsTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task DoubleClickOnSubmit_SavesTheApplicationOnce()
    {
        var journey = await FilledInJourneyAsync("Dubbelklik");
        var summary = await journey.Client.GetPageAsync("/aanvragen/overzicht");
        var token = summary.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        FormUrlEncodedContent Form() => new([new("AcceptTerms", "true"), new("action", "next"), new("__RequestVerificationToken", token)]);

        var responses = await Task.WhenAll(journey.Client.Http.PostAsync("/aanvragen/overzicht", Form()), journey.Client.Http.PostAsync("/aanvragen/overzicht", Form()));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Single(responses, r => r.Headers.Location!.ToString().StartsWith("/status/"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ApplicationPersons.CountAsync(p => p.Surname == "Dubbelklik")));
    }

    private async Task<ApplicationJourney> FilledInJourneyAsync(string surname)
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync("68750110"));
        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers", await journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(ApplicationJourney.User(surname)));
        return journey;
    }

    internal static async Task<ApplicationJourney> FillInAsync(BeheermoduleFactory factory, string surname) =>
        await new SubmissionGuardsTests(factory).FilledInJourneyAsync(surname);
}

public sealed class OneSubmissionPerHourFactory : BeheermoduleFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:SubmissionsPerHour"] = "1",
    };
}

public sealed class SubmissionRateLimitTests(OneSubmissionPerHourFactory factory) : IClassFixture<OneSubmissionPerHourFactory>
{
    [Fact]
    public async Task Submissions_AboveTheHourlyLimitPerAddress_Get429AndSaveNothing()
    {
        var first = await SubmissionGuardsTests.FillInAsync(factory, "Eerste");
        await first.SubmitAsync();
        var second = await SubmissionGuardsTests.FillInAsync(factory, "Tweede");

        var response = await second.Client.PostFormAsync("/aanvragen/overzicht", [new("AcceptTerms", "true"), new("action", "next")]);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.ApplicationPersons.CountAsync(p => p.Surname == "Tweede")));
        Assert.Equal(ApplicationStatus.AwaitingContract, await factory.WithDbAsync(db =>
            db.Applications.Where(a => a.Persons.Any(p => p.Surname == "Eerste")).Select(a => a.Status).SingleAsync()));
    }
}
