using System.Net;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Mutations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Activation;

/// <summary>What the holder hears about the code typed: one generic answer for a wrong code, and a way on for the others.</summary>
public sealed class CodeEntryTests(ActivationFactory factory) : IClassFixture<ActivationFactory>
{
    private static async Task<string> ErrorAfterEnteringAsync(ActivationJourney journey, string code)
    {
        var response = await journey.EnterCodeAsync(code);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal(code, BrowserLikeClient.ValueOf(page, "Code"));
        return page.QuerySelector(".field-error")!.TextContent;
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKMN-PQRS")]
    [InlineData("niet eens een code")]
    public async Task AWrongCode_GetsOneGenericAnswer_AndIsAudited(string typed)
    {
        var error = await ErrorAfterEnteringAsync(new ActivationJourney(factory), typed);

        Assert.Contains(Beheermodule.Web.Activation.IndexModel.UnknownCode, error);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "activation-code.entered" && e.Outcome == AuditOutcome.Refused)));
    }

    [Fact]
    public async Task ACodeThirtyDaysOld_IsExpired_AndTheWayToANewLetterIsShown()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        factory.Clock.Advance(TimeSpan.FromDays(30));

        var journey = new ActivationJourney(factory);
        var error = await ErrorAfterEnteringAsync(journey, issued.Code);

        Assert.Contains("De aanmeldcode is verlopen.", error);
        var page = await BrowserLikeClient.ReadPageAsync(await journey.EnterCodeAsync(issued.Code));
        Assert.NotNull(page.QuerySelector($"a[href='/mutaties?soort={MutationKind.NewActivationLetter}']"));
    }

    [Fact]
    public async Task ACodeOneSecondShortOfThirtyDays_StillWorks()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        factory.Clock.Advance(TimeSpan.FromDays(30) - TimeSpan.FromSeconds(1));

        ActivationJourney.AssertRedirect(await new ActivationJourney(factory).EnterCodeAsync(issued.Code), "/activeren/middel");
    }

    [Fact]
    public async Task AUsedCode_SaysSo()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(issued.Code);
        await journey.ConfirmHolderAsync();
        await journey.CreateAccountAsync("gebruikt-" + Guid.NewGuid().ToString("N")[..8]);

        var error = await ErrorAfterEnteringAsync(new ActivationJourney(factory), issued.Code);

        Assert.Contains("al gebruikt", error);
    }

    [Fact]
    public async Task ACodeReplacedByANewLetter_SaysSo()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == issued.MeansId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, Beheermodule.Core.ActivationLetters.ActivationCodeStatus.Revoked)));

        var error = await ErrorAfterEnteringAsync(new ActivationJourney(factory), issued.Code);

        Assert.Contains("vervangen door een nieuwe", error);
    }

    [Fact]
    public async Task ACodeRevokedAfterItWasTyped_BindsNothing()
    {
        var issued = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var journey = new ActivationJourney(factory);
        await journey.EnterCodeAsync(issued.Code);
        await journey.ConfirmHolderAsync();
        await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == issued.MeansId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, Beheermodule.Core.ActivationLetters.ActivationCodeStatus.Revoked)));

        ActivationJourney.AssertRedirect(await journey.CreateAccountAsync("te-laat-" + Guid.NewGuid().ToString("N")[..8]), "/activeren");

        Assert.Null(await factory.WithDbAsync(db => db.Means.Where(m => m.Id == issued.MeansId).Select(m => m.UserAccountId).SingleAsync()));
    }
}
