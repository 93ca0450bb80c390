using Beheermodule.Core.Activation;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Activation;

/// <summary>
/// Guessing codes: 5 wrong ones per 15 minutes and 100 per day per browser, 100 per 15 minutes per address (the
/// defaults); right codes never count.
/// </summary>
public sealed class AttemptLimitTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string WrongCode = "ABCD-EFGH-JKMN-PQRS";

    private async Task<string> ErrorAsync(ActivationJourney journey, string code) =>
        BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(await journey.EnterCodeAsync(code)), "Code") ?? "";

    [Fact]
    public async Task AfterFiveWrongCodes_EvenTheRightCodeWaitsAQuarterOfAnHour_InThatBrowser_ButNotInAColleaguesBrowser()
    {
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var guesser = new ActivationJourney(factory);
        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("kennen wij niet", await ErrorAsync(guesser, WrongCode));
        }

        Assert.Equal(Beheermodule.Web.Activation.IndexModel.TooManyAttempts, await ErrorAsync(guesser, issued.Code));
        var colleague = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        ActivationJourney.AssertRedirect(await new ActivationJourney(factory).EnterCodeAsync(colleague.Code), "/activeren/middel");
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "activation-code.entered" && e.Outcome == AuditOutcome.Refused && e.Details == "Te veel verkeerde codes.")));

        factory.Clock.Advance(TimeSpan.FromMinutes(15));
        ActivationJourney.AssertRedirect(await guesser.EnterCodeAsync(issued.Code), "/activeren/middel");
    }

    [Fact]
    public async Task AHundredWrongCodesInADay_CloseTheDoorUntilTheDayHasPassed()
    {
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var guesser = new ActivationJourney(factory);
        for (var round = 0; round < 20; round++)
        {
            for (var i = 0; i < 5; i++)
            {
                Assert.Contains("kennen wij niet", await ErrorAsync(guesser, WrongCode));
            }
            factory.Clock.Advance(TimeSpan.FromMinutes(15));
        }

        Assert.Equal(Beheermodule.Web.Activation.IndexModel.TooManyAttempts, await ErrorAsync(guesser, issued.Code));
        factory.Clock.Advance(TimeSpan.FromHours(19));
        ActivationJourney.AssertRedirect(await guesser.EnterCodeAsync(issued.Code), "/activeren/middel");
    }

    [Fact]
    public async Task EachSource_IsCountedOnItsOwn_RightCodesDoNotCount_AndSourcesAreStoredAsHashes()
    {
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await using var scope = factory.Services.CreateAsyncScope();
        var limiter = scope.ServiceProvider.GetRequiredService<ActivationAttemptLimiter>();
        var db = scope.ServiceProvider.GetRequiredService<Beheermodule.Core.Data.BeheermoduleDbContext>();
        for (var i = 0; i < 5; i++)
        {
            Assert.True((await limiter.CountAttemptAsync("browser-a", "192.0.2.1")).Allowed);
        }
        var right = await limiter.CountAttemptAsync("browser-c", "192.0.2.3");
        await limiter.ForgiveAsync(right);

        Assert.False((await limiter.CountAttemptAsync("browser-a", "192.0.2.2")).Allowed);
        Assert.True((await limiter.CountAttemptAsync("browser-b", "192.0.2.1")).Allowed);
        Assert.Equal(0, await db.FailedAttempts.CountAsync(a => right.Ids.Contains(a.Id)));
        Assert.DoesNotContain(await db.FailedAttempts.Select(a => a.SourceHash).ToListAsync(), hash => hash.Contains("192.0.2.1"));
    }

    [Fact]
    public async Task AHundredWrongCodesFromOneAddress_InAQuarterOfAnHour_CloseItForEveryBrowserThere()
    {
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await using var scope = factory.Services.CreateAsyncScope();
        var limiter = scope.ServiceProvider.GetRequiredService<ActivationAttemptLimiter>();
        for (var i = 0; i < 100; i++)
        {
            Assert.True((await limiter.CountAttemptAsync($"browser-{i}", "198.51.100.7")).Allowed);
        }

        Assert.False((await limiter.CountAttemptAsync("browser-new", "198.51.100.7")).Allowed);
        Assert.True((await limiter.CountAttemptAsync("browser-new", "198.51.100.8")).Allowed);
    }
}
