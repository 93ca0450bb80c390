using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Organisations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static Beheermodule.IntegrationTests.Mutations.MutationJourney;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>Opzeggen: today ends the means now; a later day ends it when that day comes; a past day is refused.</summary>
public sealed class EndMeansTests(MutationFactory factory) : IClassFixture<MutationFactory>
{
    [Fact]
    public async Task Today_EndsTheMeansAtOnce_AndRevokesItsMachtigingen()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var mutation = await journey.SubmitAndFindAsync(MutationKind.EndMeans, "68750110", means.HolderEmail, Field("Input.EndDate", Day(0)));

        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, mutation.Id));
        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "CarryOut"));

        var ended = await journey.MeansAsync(means.Id);
        Assert.Equal(MeansStatus.Ended, ended.Status);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, ended.EndsAt);
        var authorizations = await AuthorizationsAsync(means.Id);
        Assert.NotEmpty(authorizations);
        Assert.All(authorizations, a => Assert.Equal(AuthorizationStatus.Revoked, a));
        var done = await journey.MutationAsync(mutation.Id);
        Assert.Equal(MutationFactory.EndMeansFee, done.Fee);
        Assert.Contains("mutation.done", await journey.AuditActionsAsync(mutation.Reference));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "means.ended" && e.Details!.Contains(mutation.Reference) && e.Actor == "account:helpdesk")));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "authorization.revoked" && e.Details!.Contains($"middel {means.Id}:"))));
    }

    [Fact]
    public async Task ALaterDay_EndsTheMeansWhenThatDayHasCome()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var mutation = await journey.SubmitAndFindAsync(MutationKind.EndMeans, "68750110", means.HolderEmail, Field("Input.EndDate", Day(3)));

        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, mutation.Id));
        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "CarryOut"));

        var scheduled = await journey.MeansAsync(means.Id);
        Assert.Equal(MeansStatus.AwaitingActivation, scheduled.Status);
        Assert.NotNull(scheduled.EndsAt);
        Assert.All(await AuthorizationsAsync(means.Id), a => Assert.Equal(AuthorizationStatus.Pending, a));
        Assert.Equal(0, await RunScheduleAsync());

        factory.Clock.Advance(scheduled.EndsAt!.Value - factory.Clock.GetUtcNow().UtcDateTime);
        // The hourly job may see the new day first (the clock moved); either way the means ends once.
        await RunScheduleAsync();

        Assert.Equal(MeansStatus.Ended, (await journey.MeansAsync(means.Id)).Status);
        Assert.All(await AuthorizationsAsync(means.Id), a => Assert.Equal(AuthorizationStatus.Revoked, a));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "means.ended" && e.Actor == "systeem:opzeggen" && e.Details!.Contains($"Middel {means.Id}."))));
    }

    [Fact]
    public async Task APastDay_IsRefusedOnTheForm()
    {
        var (_, page) = await new MutationJourney(factory).Client.PostFormAndReadAsync("/mutaties",
            [Field("Input.Kind", "EndMeans"), Field("Input.KvkNumber", "68750110"), Field("Input.HolderEmail", "dagobert@example.nl"), Field("Input.EndDate", Day(-1))]);

        Assert.Equal(EndDateRule.PastMessage, Beheermodule.IntegrationTests.Infrastructure.BrowserLikeClient.ErrorBeside(page, "Input.EndDate"));
    }

    private string Day(int fromToday) => factory.DateInput(fromToday);

    private Task<List<AuthorizationStatus>> AuthorizationsAsync(int meansId) =>
        factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == meansId).Select(a => a.Status).ToListAsync());

    private Task<int> RunScheduleAsync() =>
        factory.Services.GetServices<IHostedService>().OfType<MeansEndingSchedule>().Single().RunOnceAsync();
}
