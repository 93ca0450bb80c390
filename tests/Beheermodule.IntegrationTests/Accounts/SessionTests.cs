using System.Net;
using Beheermodule.Core.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// A session ends after 30 idle minutes, 12 hours after signing in however active, at log-out on the server (a copied
/// cookie is refused), and within a minute of a new security stamp (a disabled account, a revoked responder).
/// </summary>
public sealed class SessionTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string StaffPage = "/backoffice";

    [Fact]
    public async Task ThirtyIdleMinutes_EndTheSession()
    {
        var client = await SignedInStaffAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(29));
        Assert.True(await IsInAsync(client.Http));

        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        Assert.False(await IsInAsync(client.Http));
    }

    [Fact]
    public async Task TwelveHoursAfterSigningIn_TheSessionEnds_HoweverActive()
    {
        var client = await SignedInStaffAsync();
        var signedInAt = factory.Clock.GetUtcNow();
        while (factory.Clock.GetUtcNow() - signedInAt < TimeSpan.FromHours(11.5))
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(25));
            Assert.True(await IsInAsync(client.Http), $"signed out after {factory.Clock.GetUtcNow() - signedInAt}");
        }

        factory.Clock.Advance(signedInAt + TimeSpan.FromHours(12) - factory.Clock.GetUtcNow());

        Assert.False(await IsInAsync(client.Http));
    }

    [Fact]
    public async Task ACopiedCookie_IsRefusedAfterLogOut()
    {
        var (client, cookie) = await SignInCapturingCookieAsync(await SignInAccounts.CreateStaffAsync(factory));
        using var thief = CookieClient(cookie);
        Assert.True(await IsInAsync(thief));

        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/uitloggen", [])).StatusCode);

        Assert.False(await IsInAsync(thief));
        Assert.False(await IsInAsync(client.Http));
    }

    [Fact]
    public async Task ANewSecurityStamp_EndsTheSession_WithinAMinute()
    {
        var account = await SignInAccounts.CreateStaffAsync(factory);
        var client = await SignInAccounts.SignInWithCodeAsync(factory, account);
        // Written past the app, as another instance or a database tool would: only the stamp check can notice it.
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.SecurityStamp, Guid.NewGuid().ToString("N").ToUpperInvariant())));
        Assert.True(await IsInAsync(client.Http));

        factory.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.False(await IsInAsync(client.Http));
    }

    [Fact]
    public async Task TheStampCheck_KeepsAnUnchangedSessionAndItsSecondFactor()
    {
        var client = await SignedInStaffAsync();

        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.True(await IsInAsync(client.Http));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));

        Assert.True(await IsInAsync(client.Http));
    }

    [Fact]
    public async Task UpdatingTheStampThroughIdentity_DeletesTheAccountsSessionsAtOnce()
    {
        var account = await SignInAccounts.CreateStaffAsync(factory);
        var client = await SignInAccounts.SignInWithCodeAsync(factory, account);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AccountSessions.CountAsync(s => s.UserAccountId == account.Id)));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            await users.UpdateSecurityStampAsync((await users.FindByIdAsync(account.Id))!);
        }

        Assert.Equal(0, await factory.WithDbAsync(db => db.AccountSessions.CountAsync(s => s.UserAccountId == account.Id)));
        Assert.False(await IsInAsync(client.Http));
    }

    [Fact]
    public async Task TheCookieHoldsAKeyOnly_TheTicketIsStoredEncrypted()
    {
        var account = await SignInAccounts.CreateStaffAsync(factory);
        var (_, cookie) = await SignInCapturingCookieAsync(account);

        var session = await factory.WithDbAsync(db => db.AccountSessions.SingleAsync(s => s.UserAccountId == account.Id));

        Assert.DoesNotContain(account.UserName, System.Text.Encoding.UTF8.GetString(session.ProtectedTicket));
        // A whole ticket with its claims runs to well over a kilobyte; a protected key is a few hundred characters.
        Assert.True(cookie.Length < 600, $"cookie of {cookie.Length} characters");
    }

    private async Task<BrowserLikeClient> SignedInStaffAsync() =>
        await SignInAccounts.SignInWithCodeAsync(factory, await SignInAccounts.CreateStaffAsync(factory));

    private static async Task<bool> IsInAsync(HttpClient client)
    {
        var response = await client.GetAsync(StaffPage);
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Signs in with password and code, and returns the session cookie's value as the server set it.</summary>
    private async Task<(BrowserLikeClient Client, string Cookie)> SignInCapturingCookieAsync(TestAccount account)
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await SignInAccounts.PostPasswordAsync(client, account.UserName);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var response = await SignInAccounts.PostCodeAsync(client, SignInAccounts.Code(account, factory.Clock.GetUtcNow()));
        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-bm-sessie="));
        return (client, setCookie.Split(';')[0]["__Host-bm-sessie=".Length..]);
    }

    private HttpClient CookieClient(string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        client.DefaultRequestHeaders.Add("Cookie", $"__Host-bm-sessie={cookie}");
        return client;
    }
}
