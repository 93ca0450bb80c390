using System.Net;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Activation;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts.Profile;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// Rule 7: a holder replaces their OTP responder with a new authenticator app, only with a fresh OTP log-in; from
/// then on the new app's codes open the account and the old one's do not.
/// </summary>
public sealed class ProfileResponderTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string PagePath = "/profiel/responder-vervangen";

    [Fact]
    public async Task WithoutARecentOtpLogIn_ThePageSendsThePersonToLogInAgain_AndBack()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH3);
        factory.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.NotNull((await holder.Client.GetPageAsync(PagePath)).QuerySelector("code.otp-key"));
        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        var response = await holder.Client.Http.GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inloggen?terug=" + Uri.EscapeDataString(PagePath), response.Headers.Location!.OriginalString);
        var posted = await holder.Client.Http.PostAsync(PagePath, new FormUrlEncodedContent([new("Code", "123456")]));
        Assert.NotEqual(HttpStatusCode.OK, posted.StatusCode);

        ActivationJourney.AssertRedirect(await holder.Journey.LogInAsync(holder.UserName, holder.Seed, PagePath), PagePath);
        Assert.NotNull((await holder.Client.GetPageAsync(PagePath)).QuerySelector("code.otp-key"));
    }

    [Fact]
    public async Task APasswordOnlyLogIn_DoesNotCountAsARecentOtpProof()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);

        var page = await holder.Client.GetPageAsync(PagePath);

        Assert.Null(page.QuerySelector("code.otp-key"));
        Assert.Contains("geen OTP-responder", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task AfterARecentOtpLogIn_TheNewAppReplacesTheOld_InOneGo()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH3);
        var oldResponder = await factory.WithDbAsync(db => db.OtpResponders.AsNoTracking().SingleAsync(r => r.UserAccountId == db.Users.Single(u => u.UserName == holder.UserName).Id));
        var page = await holder.Client.GetPageAsync(PagePath);
        var newSeed = ActivationJourney.SeedShownOn(page);

        // A wrong code changes nothing and keeps the same key.
        var (wrong, again) = await holder.Client.PostFormAndReadAsync(PagePath,
            [new("SealedSeed", page.QuerySelector("input[name=SealedSeed]")!.GetAttribute("value")!), new("Code", "000000")]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(ReplaceResponderModel.WrongCode, BrowserLikeClient.ErrorBeside(again, "Code"));
        Assert.Equal(newSeed, ActivationJourney.SeedShownOn(again));

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var response = await holder.Client.PostFormAsync(PagePath,
            [new("SealedSeed", again.QuerySelector("input[name=SealedSeed]")!.GetAttribute("value")!), new("Code", TotpCode.Compute(newSeed, factory.Clock.GetUtcNow()))]);

        ActivationJourney.AssertRedirect(response, "/profiel");
        // This session was refreshed and carries on.
        var profile = await holder.Client.GetPageAsync("/profiel");
        Assert.Contains(ReplaceResponderModel.Replaced, profile.QuerySelector(".alert-ok")!.TextContent);
        var responders = await factory.WithDbAsync(db => db.OtpResponders.AsNoTracking().Where(r => r.UserAccountId == oldResponder.UserAccountId).ToListAsync());
        Assert.Equal(2, responders.Count);
        var revoked = responders.Single(r => r.Id == oldResponder.Id);
        Assert.Equal(OtpResponderStatus.Revoked, revoked.Status);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, revoked.RevokedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(OtpResponderStatus.Active, responders.Single(r => r.Id != oldResponder.Id).Status);
        var actions = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Actor == $"account:{holder.UserName}" && e.Outcome == AuditOutcome.Success).Select(e => e.Action).ToListAsync());
        Assert.Contains("otp.revoked", actions);
        Assert.Contains("otp.replaced", actions);
        var notice = Assert.Single(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == holder.Email) && m.Subject == "Uw OTP-responder voor eHerkenning is vervangen");
        Assert.Contains(holder.UserName, notice.TextBody);

        // The old app's code no longer opens the account; the new app's does.
        var withOld = new ActivationJourney(factory);
        var refused = await withOld.LogInAsync(holder.UserName, holder.Seed, "/profiel");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("De code klopt niet", (await BrowserLikeClient.ReadPageAsync(refused)).QuerySelector("main")!.TextContent);
        var withNew = new ActivationJourney(factory);
        ActivationJourney.AssertRedirect(await withNew.LogInAsync(holder.UserName, newSeed, "/profiel"), "/profiel");

        // This session's refreshed cookie kept the moment of its OTP proof; it did not make a new one up.
        Assert.Equal(HttpStatusCode.OK, (await holder.Client.Http.GetAsync(PagePath)).StatusCode);
        // The proof was 90 seconds ago, the replacement 60: past ten minutes for the one, not for the other.
        factory.Clock.Advance(TimeSpan.FromMinutes(8) + TimeSpan.FromSeconds(45));
        Assert.Equal(HttpStatusCode.Redirect, (await holder.Client.Http.GetAsync(PagePath)).StatusCode);
    }

    [Fact]
    public async Task TheSecurityStamp_IsRenewed_SoOtherSessionsEnd_WhileThisOneCarriesOn()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH3);
        var before = await StampAsync(holder.UserName);
        var page = await holder.Client.GetPageAsync(PagePath);
        var newSeed = ActivationJourney.SeedShownOn(page);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));

        ActivationJourney.AssertRedirect(await holder.Client.PostFormAsync(PagePath,
            [new("SealedSeed", page.QuerySelector("input[name=SealedSeed]")!.GetAttribute("value")!), new("Code", TotpCode.Compute(newSeed, factory.Clock.GetUtcNow()))]), "/profiel");

        Assert.NotEqual(before, await StampAsync(holder.UserName));
        Assert.Equal(HttpStatusCode.OK, (await holder.Client.Http.GetAsync("/profiel")).StatusCode);
    }

    private Task<string?> StampAsync(string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.SecurityStamp).SingleAsync());
}
