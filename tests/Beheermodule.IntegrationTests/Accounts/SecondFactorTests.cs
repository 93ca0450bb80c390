using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// The OTP step follows the account's means (levels table, rule 7): EH2+ and up need it, EH1 and EH2 do not; staff
/// always. Identity's TwoFactorEnabled flag plays no part: the accounts here all have it off.
/// </summary>
public sealed class SecondFactorTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Theory]
    [InlineData(AssuranceLevel.EH2Plus)]
    [InlineData(AssuranceLevel.EH3)]
    [InlineData(AssuranceLevel.EH4)]
    public async Task MeansOfEh2PlusOrHigher_PasswordAlone_LeadsToTheCodeStep_NotIn(AssuranceLevel level)
    {
        var account = await SignInAccounts.CreateAsync(factory, level, withResponder: true);
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).Select(u => u.TwoFactorEnabled).SingleAsync()));
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await SignInAccounts.PostPasswordAsync(client, account.UserName);

        Assert.StartsWith("/inloggen/code", response.Headers.Location!.OriginalString);
        Assert.False(SetsSessionCookie(response));
    }

    [Theory]
    [InlineData(AssuranceLevel.EH1)]
    [InlineData(AssuranceLevel.EH2)]
    public async Task MeansOfEh1OrEh2_LogInWithThePasswordAlone(AssuranceLevel level)
    {
        var account = await SignInAccounts.CreateAsync(factory, level, withResponder: false);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await SignInAccounts.PostPasswordAsync(client, account.UserName);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.True(SetsSessionCookie(response));
    }

    [Fact]
    public async Task AnEh2Holder_WithAResponderOfTheirOwn_IsAskedForItsCode()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: true);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await SignInAccounts.PostPasswordAsync(client, account.UserName);

        Assert.StartsWith("/inloggen/code", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnEndedEh3Means_NoLongerAsksForACode()
    {
        var account = await SignInAccounts.CreateAsync(factory, withResponder: false, MeansStatus.Ended, AssuranceLevel.EH3);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await SignInAccounts.PostPasswordAsync(client, account.UserName);

        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Eh2PlusWithoutAnActiveResponder_IsNotLetIn_AndToldWhatToDo()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2Plus, withResponder: false);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await SignInAccounts.PostPasswordAsync(client, account.UserName);

        Assert.Equal("/inloggen/geen-otp-responder", response.Headers.Location!.OriginalString);
        Assert.False(SetsSessionCookie(response));
        var page = await client.GetPageAsync("/inloggen/geen-otp-responder");
        Assert.Contains("geen actieve OTP-responder", page.QuerySelector("main")!.TextContent);
        Assert.Contains("helpdesk", page.QuerySelector("main")!.TextContent);
        // Nor can the code step be reached by going there directly.
        Assert.StartsWith("/inloggen", (await client.Http.GetAsync("/inloggen/code")).Headers.Location!.OriginalString);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Actor == $"account:{account.UserName}" && e.Details == "geen actieve OTP-responder")));
    }

    [Fact]
    public async Task ARevokedResponder_CountsAsNone()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        await factory.WithDbAsync(db => db.OtpResponders.Where(r => r.UserAccountId == account.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Status, Beheermodule.Core.Otp.OtpResponderStatus.Revoked)));
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await SignInAccounts.PostPasswordAsync(client, account.UserName);

        Assert.Equal("/inloggen/geen-otp-responder", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Staff_NeedTheCode_EvenWithTheFlagOff()
    {
        var account = await SignInAccounts.CreateStaffAsync(factory);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await SignInAccounts.PostPasswordAsync(client, account.UserName);

        Assert.StartsWith("/inloggen/code", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Eh3Holder_WithPasswordAndCode_IsIn()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);

        var client = await SignInAccounts.SignInWithCodeAsync(factory, account);

        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Actor == $"account:{account.UserName}" && e.Action == "account.signed-in" && e.Details == "wachtwoord en OTP")));
        Assert.NotNull(client);
    }

    private static bool SetsSessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-bm-sessie=") && !c.StartsWith("__Host-bm-sessie=;"));
}
