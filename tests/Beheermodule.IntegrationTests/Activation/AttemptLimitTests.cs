using Beheermodule.Core.Activation;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Activation;

/// <summary>Guessing codes: 5 wrong ones per 15 minutes and 100 per day, per browser and per address (the defaults).</summary>
public sealed class AttemptLimitTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string WrongCode = "ABCD-EFGH-JKMN-PQRS";

    private async Task<string> ErrorAsync(ActivationJourney journey, string code) =>
        BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(await journey.EnterCodeAsync(code)), "Code") ?? "";

    [Fact]
    public async Task AfterFiveWrongCodes_EvenTheRightCodeWaitsAQuarterOfAnHour_InAnyBrowserFromThatAddress()
    {
        factory.Clock.Advance(TimeSpan.FromDays(2));
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var guesser = new ActivationJourney(factory);
        for (var i = 0; i < 5; i++)
        {
            Assert.Contains("kennen wij niet", await ErrorAsync(guesser, WrongCode));
        }

        Assert.Equal(Beheermodule.Web.Activation.IndexModel.TooManyAttempts, await ErrorAsync(guesser, issued.Code));
        Assert.Equal(Beheermodule.Web.Activation.IndexModel.TooManyAttempts, await ErrorAsync(new ActivationJourney(factory), issued.Code));
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
    public async Task EachSource_IsCountedOnItsOwn()
    {
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await using var scope = factory.Services.CreateAsyncScope();
        var limiter = scope.ServiceProvider.GetRequiredService<ActivationAttemptLimiter>();
        var db = scope.ServiceProvider.GetRequiredService<Beheermodule.Core.Data.BeheermoduleDbContext>();
        var browserA = ActivationAttemptLimiter.BrowserSource("browser-a");
        var addressA = ActivationAttemptLimiter.AddressSource("192.0.2.1");
        for (var i = 0; i < 5; i++)
        {
            limiter.RecordFailure([browserA, addressA]);
        }
        await db.SaveChangesAsync();

        Assert.False(await limiter.AllowsAsync([browserA]));
        Assert.False(await limiter.AllowsAsync([ActivationAttemptLimiter.BrowserSource("browser-b"), addressA]));
        Assert.True(await limiter.AllowsAsync([ActivationAttemptLimiter.BrowserSource("browser-b"), ActivationAttemptLimiter.AddressSource("192.0.2.2")]));
        Assert.DoesNotContain(await db.ActivationAttempts.Select(a => a.SourceHash).ToListAsync(), hash => hash.Contains("192.0.2.1"));
    }
}
