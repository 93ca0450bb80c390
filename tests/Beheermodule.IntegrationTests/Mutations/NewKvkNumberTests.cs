using System.Net;
using System.Text.RegularExpressions;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Beheermodule.IntegrationTests.Mutations.MutationJourney;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>Rule 11: a new KvK number is a new application, filled in from the old; its approval ends the old means.</summary>
public sealed class NewKvkNumberTests(MutationFactory factory) : IClassFixture<MutationFactory>
{
    [Fact]
    public async Task CarryingOut_PreparesTheApplication_AndApprovingItEndsTheOldMeans()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var surname = UniqueSurname();
        var oldMeans = await journey.IssueMeansAsync(desk, "68750110", null, surname);
        var mutation = await journey.SubmitAndFindAsync(MutationKind.NewKvkNumber, "68750110", oldMeans.HolderEmail, Field("Input.NewKvkNumber", "69599076"));

        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, mutation.Id));
        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "CarryOut"));

        var done = await journey.MutationAsync(mutation.Id);
        Assert.Equal(MutationFactory.NewKvkNumberFee, done.Fee);
        Assert.Equal(MeansStatus.AwaitingActivation, (await journey.MeansAsync(oldMeans.Id)).Status);
        var mail = (await factory.DeliveredMailAsync()).Single(m => m.Subject!.Contains(mutation.Reference) && m.Subject.Contains("KvK-nummer"));
        Assert.Equal("dagobert@example.nl", mail.To.Mailboxes.Single().Address);
        var link = Regex.Match(mail.TextBody!, @"http://localhost(/mutaties/aanvraag/\S+)").Groups[1].Value;

        // The legal representative opens the link in a browser of their own: the prepared application's summary.
        var representative = new ApplicationJourney(factory);
        var opened = await representative.Client.Http.GetAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/aanvragen/overzicht", opened.Headers.Location!.ToString());
        var summary = await representative.Client.GetPageAsync("/aanvragen/overzicht");
        Assert.Contains("69599076", summary.Body!.TextContent);
        Assert.Contains("Test VOF Guus en Gijs", summary.Body.TextContent);
        Assert.Contains(surname, summary.Body.TextContent);
        Assert.Contains(EhService, summary.Body.TextContent);
        var statusPath = await representative.SubmitAsync();
        var newApplicationId = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var newApplication = await factory.WithDbAsync(db => db.Applications.SingleAsync(a => a.Id == newApplicationId));
        Assert.Equal("69599076", newApplication.KvkNumber);
        Assert.Equal(oldMeans.OrganisationId, newApplication.ReplacesOrganisationId);

        await desk.RecordContractReceivedAsync(newApplicationId);
        await desk.TickEverythingAsync(newApplicationId);
        StaffDesk.AssertDone(await desk.ActAsync(newApplicationId, "Approve"));

        var ended = await journey.MeansAsync(oldMeans.Id);
        Assert.Equal(MeansStatus.Ended, ended.Status);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, ended.EndsAt);
        Assert.All(await factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == oldMeans.Id).ToListAsync()),
            a => Assert.Equal(AuthorizationStatus.Revoked, a.Status));
        var newMeans = await factory.WithDbAsync(db => db.Means.Include(m => m.Organisation).Where(m => m.ApplicationId == newApplicationId).ToListAsync());
        Assert.All(newMeans, m => Assert.Equal((MeansStatus.AwaitingActivation, "69599076"), (m.Status, m.Organisation.KvkNumber)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "means.ended"
            && e.Actor == "systeem:nieuw-kvk-nummer" && e.Details!.Contains($"Middel {oldMeans.Id}.") && e.Details.Contains(newApplication.Reference))));
        Assert.Equal(ApplicationStatus.Approved, await factory.WithDbAsync(db => db.Applications.Where(a => a.Id == newApplicationId).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task ANewKvkNumberTheRegisterDoesNotKnow_IsRefusedWhenCarryingOut()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var mutation = await journey.SubmitAndFindAsync(MutationKind.NewKvkNumber, "68750110", means.HolderEmail, Field("Input.NewKvkNumber", "96354429"));

        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, mutation.Id));
        var response = await ActAsync(desk, mutation.Id, "CarryOut");

        Assert.Contains("Nieuw KvK-nummer 96354429: Deze onderneming staat niet (meer) actief ingeschreven", await ErrorsAsync(response));
        Assert.Equal(MutationStatus.Open, (await journey.MutationAsync(mutation.Id)).Status);
    }

    [Fact]
    public async Task AWrongLink_SaysItDoesNotWork()
    {
        var (response, page) = await new MutationJourney(factory).Client.GetAsync("/mutaties/aanvraag/onbekend-token");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Deze link werkt niet", page.QuerySelector("h1")!.TextContent);
    }
}
