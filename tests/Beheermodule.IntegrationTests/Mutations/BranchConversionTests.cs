using System.Net;
using Beheermodule.Core.Mutations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Beheermodule.IntegrationTests.Mutations.MutationJourney;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>Rule 12: vestiging to hoofdvestiging only when the KvK register shows exactly one vestiging.</summary>
public sealed class BranchConversionTests(MutationFactory factory) : IClassFixture<MutationFactory>
{
    [Fact]
    public async Task OneVestiging_MovesTheMeansToTheKvkNumber_WithTheConfiguredFee()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "90001354", "990000541921", UniqueSurname());
        Assert.Equal("990000541921", means.BranchNumber);
        var mutation = await journey.SubmitAndFindAsync(MutationKind.BranchToMainBranch, "90001354", means.HolderEmail);

        var page = await desk.Client.GetPageAsync(PathOf(mutation.Id));
        Assert.Contains("toont één vestiging", page.Body!.TextContent);
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, mutation.Id));
        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "CarryOut"));

        Assert.Null((await journey.MeansAsync(means.Id)).BranchNumber);
        var done = await journey.MutationAsync(mutation.Id);
        Assert.Equal(MutationStatus.Done, done.Status);
        Assert.Equal(MutationFactory.BranchConversionFee, done.Fee);
        Assert.Equal(["mutation.received", "mutation.signed-form-received", "means.branch-converted", "mutation.done"], await journey.AuditActionsAsync(mutation.Reference));
    }

    [Fact]
    public async Task SeveralVestigingenByNow_IsRefused_TheStaffPageExplainsAndOffersANewApplication()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "69599068", "000038509539", UniqueSurname());
        var mutation = await journey.SubmitAndFindAsync(MutationKind.BranchToMainBranch, "69599068", means.HolderEmail);
        // A second and third vestiging were registered after the customer sent the form.
        await factory.Registry.SetBranchCountAsync("69599068", 3);

        var page = await desk.Client.GetPageAsync(PathOf(mutation.Id));
        Assert.Contains("staan 3 vestigingen ingeschreven", page.Body!.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/aanvragen']"));
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, mutation.Id));
        var response = await ActAsync(desk, mutation.Id, "CarryOut");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refused = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Contains(BranchConversionRule.NewApplicationAdvice, refused.QuerySelector(".alert-error")!.TextContent);
        Assert.NotNull(refused.QuerySelector(".alert-error a[href='/aanvragen']"));
        Assert.Equal("000038509539", (await journey.MeansAsync(means.Id)).BranchNumber);
        Assert.Equal(MutationStatus.Open, (await journey.MutationAsync(mutation.Id)).Status);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "means.branch-conversion"
            && e.Outcome == Beheermodule.Core.Audit.AuditOutcome.Refused && e.Details!.Contains(mutation.Reference) && e.Details.Contains("3 vestigingen"))));
    }

    [Fact]
    public async Task PublicForm_ForACompanyWithSeveralVestigingen_ExplainsWhyAndOffersANewApplication()
    {
        var (response, page) = await new MutationJourney(factory).Client.PostFormAndReadAsync("/mutaties",
            [Field("Input.Kind", "BranchToMainBranch"), Field("Input.KvkNumber", "69599084"), Field("Input.HolderEmail", "dagobert@example.nl")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = BrowserLikeClient.ErrorBeside(page, "Input.Kind");
        Assert.Contains("precies één vestiging", error);
        Assert.Contains("staan 2 vestigingen ingeschreven", error);
        Assert.NotNull(page.QuerySelector("fieldset a[href='/aanvragen']"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Mutations.CountAsync(m => m.KvkNumber == "69599084")));
    }
}
