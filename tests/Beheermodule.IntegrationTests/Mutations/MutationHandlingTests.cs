using System.Net;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Mutations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Beheermodule.IntegrationTests.Mutations.MutationJourney;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>The staff list and the decision: oldest first, a reason to reject, and of two decisions at once exactly one.</summary>
public sealed class MutationHandlingTests(MutationFactory factory) : IClassFixture<MutationFactory>
{
    [Fact]
    public async Task TheOpenList_ShowsTheOldestFirst_AndTheBackofficeQueueLinksToIt()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var older = await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "69599068", "eerst@example.nl");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "69599068", "later@example.nl");

        var queue = await desk.Client.GetPageAsync("/backoffice");
        Assert.NotNull(queue.QuerySelector("a[href='/backoffice/mutaties']"));
        var list = await desk.Client.GetPageAsync("/backoffice/mutaties");
        var references = list.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();

        Assert.True(references.IndexOf(older.Reference) < references.IndexOf(newer.Reference));
        var openCount = await factory.WithDbAsync(db => db.Mutations.CountAsync(m => m.Status == MutationStatus.Open));
        Assert.Equal(openCount.ToString(), list.QuerySelector("a[aria-current=page] .count")!.TextContent.Trim());
    }

    [Fact]
    public async Task Reject_NeedsAReason_ThenTellsTheLegalRepresentative()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var mutation = await journey.SubmitAndFindAsync(MutationKind.BranchToMainBranch, "68750110", means.HolderEmail);

        var refused = await ActAsync(desk, mutation.Id, "Reject", Field("RejectionReason", " "));
        Assert.Equal("Geef de reden van de afwijzing; de wettelijk vertegenwoordiger leest die.",
            BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(refused), "RejectionReason"));
        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "Reject", Field("RejectionReason", "Dit middel staat al op het KvK-nummer.")));

        var rejected = await journey.MutationAsync(mutation.Id);
        Assert.Equal((MutationStatus.Rejected, "Dit middel staat al op het KvK-nummer.", (decimal?)null), (rejected.Status, rejected.RejectionReason, rejected.Fee));
        var mail = (await factory.DeliveredMailAsync()).Last(m => m.Subject!.Contains(mutation.Reference));
        Assert.Contains("Afgewezen", mail.Subject);
        Assert.Contains("Dit middel staat al op het KvK-nummer.", mail.TextBody);
        Assert.Contains("mutation.rejected", await journey.AuditActionsAsync(mutation.Reference));
    }

    [Fact]
    public async Task TwoStaffCarryingOutAtOnce_ExactlyOneStands()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        await journey.PrintLetterAsync(desk, means.Id);
        var mutation = await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "68750110", means.HolderEmail);

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async i =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<MutationDesk>().CarryOutAsync(mutation.Id, mutation.Version, i == 0 ? "helpdesk" : "supervisor");
        }));

        Assert.Single(results, r => r.Outcome == ReviewOutcome.Done);
        Assert.Single(results, r => r.Outcome == ReviewOutcome.Conflict);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ActivationLetters.CountAsync(l => l.MeansId == means.Id && l.PrintedAt == null)));
        Assert.Single(await journey.AuditActionsAsync(mutation.Reference), a => a == "mutation.done");
    }

    [Fact]
    public async Task ADecisionOnAnOldView_ShowsTheConflict_AndKeepsTheTypedReason()
    {
        var helpdesk = await StaffDesk.SignInAsync(factory, "helpdesk");
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(helpdesk, "68750110", null, UniqueSurname());
        var mutation = await journey.SubmitAndFindAsync(MutationKind.EndMeans, "68750110", means.HolderEmail, Field("Input.EndDate", factory.DateInput(5)));
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(helpdesk, mutation.Id));
        var oldVersion = await VersionAsync(helpdesk, mutation.Id);
        var supervisor = await StaffDesk.SignInAsync(factory, "supervisor");
        StaffDesk.AssertDone(await ActAsync(supervisor, mutation.Id, "CarryOut"));

        var response = await ActWithVersionAsync(helpdesk, mutation.Id, "Reject", oldVersion, Field("RejectionReason", "Niet ondertekend"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Contains(MutationResult.ConflictMessage, page.QuerySelector(".alert-error")!.TextContent);
        var done = await journey.MutationAsync(mutation.Id);
        Assert.Equal((MutationStatus.Done, "supervisor"), (done.Status, done.HandledBy));
    }
}
