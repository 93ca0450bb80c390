using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// The second step for a means holder (rule 7): a code works once, one 30-second step of clock skew either way,
/// and only from the holder's own responder. A code typed twice is refused like a wrong one, and the holder is told.
/// </summary>
public sealed class OtpCodeTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Theory]
    [InlineData(-30, true)]
    [InlineData(30, true)]
    [InlineData(-60, false)]
    [InlineData(60, false)]
    public async Task OneStepOfClockSkew_IsAccepted_TwoAreNot(int skewSeconds, bool accepted)
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await SignInAccounts.PostPasswordAsync(client, account.UserName);

        var code = SignInAccounts.Code(account, factory.Clock.GetUtcNow().AddSeconds(skewSeconds));
        var response = await SignInAccounts.PostCodeAsync(client, code);

        if (accepted)
        {
            Assert.Equal("/", response.Headers.Location?.OriginalString);
        }
        else
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(LoginCodeModel.WrongCode, BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(response), "Code"));
        }
    }

    [Fact]
    public async Task ACodeUsedTwice_GetsTheWrongCodeAnswer_AnAuditEvent_AndAMailToTheHolder()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2Plus, withResponder: true);
        var first = new BrowserLikeClient(factory.CreateBrowserClient());
        await SignInAccounts.PostPasswordAsync(first, account.UserName);
        var code = SignInAccounts.Code(account, factory.Clock.GetUtcNow());
        Assert.Equal("/", (await SignInAccounts.PostCodeAsync(first, code)).Headers.Location?.OriginalString);

        var second = new BrowserLikeClient(factory.CreateBrowserClient());
        await SignInAccounts.PostPasswordAsync(second, account.UserName);
        var (response, page) = await second.PostFormAndReadAsync("/inloggen/code", [new("Code", code)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LoginCodeModel.WrongCode, BrowserLikeClient.ErrorBeside(page, "Code"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "otp.replayed" && e.Actor == $"account:{account.UserName}")));
        var notice = Assert.Single(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == account.Email));
        Assert.Equal("Een code van uw OTP-responder voor eHerkenning is twee keer gebruikt", notice.Subject);
        Assert.Contains(account.UserName, notice.TextBody);
        Assert.Contains("Wijzig zo snel mogelijk uw wachtwoord", notice.TextBody);
        Assert.DoesNotContain(code, notice.TextBody);
    }

    [Fact]
    public async Task AWrongCode_SendsNoMail()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await SignInAccounts.PostPasswordAsync(client, account.UserName);

        var right = int.Parse(SignInAccounts.Code(account, factory.Clock.GetUtcNow()));
        var response = await SignInAccounts.PostCodeAsync(client, ((right + 1) % 1_000_000).ToString("D6"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == account.Email));
    }

    [Fact]
    public async Task AnotherHoldersResponder_NeverWorks()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var other = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await SignInAccounts.PostPasswordAsync(client, account.UserName);

        var (response, page) = await client.PostFormAndReadAsync("/inloggen/code", [new("Code", SignInAccounts.Code(other, factory.Clock.GetUtcNow()))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LoginCodeModel.WrongCode, BrowserLikeClient.ErrorBeside(page, "Code"));
    }
}
