using System.Net;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>"Nieuwe collega": the normal application, with the organisation, representatives and beheerders filled in.</summary>
public sealed class NewColleagueTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task NewColleague_OpensTheWizardFilledIn_AndApprovalGivesOnlyTheColleagueAMeans()
    {
        var beheerder = await Beheerders.OfRegisteredCompanyAsync(factory, "69599068");
        var client = beheerder.Client;
        var start = await client.GetPageAsync($"/beheer/{beheerder.OrganisationId}/nieuwe-collega");
        Assert.Equal("EH3", start.QuerySelector("select[name=Level] option[selected]")!.TextContent.Trim());

        var response = await client.PostFormAsync($"/beheer/{beheerder.OrganisationId}/nieuwe-collega", [new("Level", "EH3")]);
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers", response);

        var organisation = await client.GetPageAsync("/aanvragen/organisatie");
        Assert.Equal("69599068", BrowserLikeClient.ValueOf(organisation, "Input.KvkNumber"));
        var representatives = await client.GetPageAsync("/aanvragen/vertegenwoordigers");
        Assert.Equal("Duck", BrowserLikeClient.ValueOf(representatives, "Input.Persons[0].Surname"));
        var managers = await client.GetPageAsync("/aanvragen/beheerders");
        Assert.Equal(beheerder.Account.UserName + "@example.nl", BrowserLikeClient.ValueOf(managers, "Input.Persons[0].Email"));

        var journey = new ApplicationJourney(factory, client);
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(ApplicationJourney.User("Nieuwkomer", "Mijn RVO")));
        var statusPath = await journey.SubmitAsync();
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var application = await factory.WithDbAsync(db => db.Applications.Include(a => a.Persons).SingleAsync(a => a.Id == id));
        Assert.Equal(("69599068", AssuranceLevel.EH3, ApplicationStatus.AwaitingContract), (application.KvkNumber, application.Level, application.Status));
        Assert.Equal(["Duck"], application.PersonsIn(PersonRole.LegalRepresentative).Select(p => p.Surname));
        Assert.Equal(["Houder"], application.PersonsIn(PersonRole.AuthorizationManager).Select(p => p.Surname));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "beheer.colleague-application-started" && e.Actor == $"account:{beheerder.Account.UserName}" && e.KvkNumber == "69599068")));

        var waiting = (await client.GetPageAsync($"/beheer/{beheerder.OrganisationId}")).QuerySelectorAll("table.open-applications tbody tr")
            .Single(row => row.TextContent.Contains(application.Reference));
        Assert.Contains("Wacht op contract", waiting.TextContent);

        var desk = await StaffDesk.SignInAsync(factory);
        await desk.RecordContractReceivedAsync(id);
        await desk.TickEverythingAsync(id);
        StaffDesk.AssertDone(await (await StaffDesk.SignInAsync(factory, "supervisor")).ActAsync(id, "Approve"));

        var issued = await factory.WithDbAsync(db => db.Means.Where(m => m.ApplicationId == id).ToListAsync());
        var colleague = Assert.Single(issued);
        Assert.Equal(("Nieuwkomer", beheerder.OrganisationId), (colleague.HolderSurname, colleague.OrganisationId));
        var roles = await factory.WithDbAsync(db => db.Authorizations.Where(a => a.OrganisationId == beheerder.OrganisationId && a.IsManagerRole).ToListAsync());
        Assert.Equal(beheerder.MeansId, Assert.Single(roles).MeansId);
        var pending = Assert.Single(await factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == colleague.Id).ToListAsync()));
        Assert.Equal(AuthorizationStatus.Pending, pending.Status);

        var overview = await client.GetPageAsync($"/beheer/{beheerder.OrganisationId}?toon=wacht");
        Assert.Contains("Nieuwkomer", overview.Body!.TextContent);
        Assert.DoesNotContain(application.Reference, overview.QuerySelector("table.open-applications")?.TextContent ?? "");
    }

    [Fact]
    public async Task NewColleague_WhenTheRegistryDoesNotAnswer_SaysSo_AndStartsNothing()
    {
        var beheerder = await Beheerders.OfRegisteredCompanyAsync(factory, "90004973");
        var drafts = await factory.WithDbAsync(db => db.ApplicationDrafts.CountAsync());

        var (response, page) = await beheerder.Client.PostFormAndReadAsync($"/beheer/{beheerder.OrganisationId}/nieuwe-collega", [new("Level", "EH3")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Handelsregister", page.QuerySelector(".alert-error")!.TextContent);
        Assert.Equal(drafts, await factory.WithDbAsync(db => db.ApplicationDrafts.CountAsync()));
    }

    [Fact]
    public async Task NewColleague_WithoutALevel_AsksForOneBesideTheField()
    {
        var beheerder = await Beheerders.SignInAsync(factory);

        var (response, page) = await beheerder.Client.PostFormAndReadAsync($"/beheer/{beheerder.OrganisationId}/nieuwe-collega", [new("Level", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies een betrouwbaarheidsniveau.", BrowserLikeClient.ErrorBeside(page, "Level"));
    }
}

/// <summary>EH1 abolished by setting: it is not offered, and posting it anyway is refused.</summary>
public sealed class NewColleagueWithoutEh1Tests(NewColleagueWithoutEh1Tests.WithoutEh1 factory) : IClassFixture<NewColleagueWithoutEh1Tests.WithoutEh1>
{
    public sealed class WithoutEh1 : BeheermoduleFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Registration:Eh1Enabled"] = "false" };
    }

    [Fact]
    public async Task EH1_IsNotOffered_AndRefusedBesideTheFieldWhenPosted()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var form = await beheerder.Client.GetPageAsync($"/beheer/{beheerder.OrganisationId}/nieuwe-collega");
        Assert.DoesNotContain("EH1", form.QuerySelectorAll("select[name=Level] option").Select(o => o.TextContent.Trim()));

        var (response, page) = await beheerder.Client.PostFormAndReadAsync($"/beheer/{beheerder.OrganisationId}/nieuwe-collega", [new("Level", "EH1")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("EH1 bieden wij niet meer aan", BrowserLikeClient.ErrorBeside(page, "Level"));
    }
}
