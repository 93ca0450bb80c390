using System.Net;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Accounts;

public sealed class SimultaneousFailuresOnSqliteTests(BeheermoduleFactory factory) : SimultaneousFailureTests(factory), IClassFixture<BeheermoduleFactory>;

public sealed class SimultaneousFailuresOnPostgresTests(PostgresBeheermoduleFactory factory) : SimultaneousFailureTests(factory), IClassFixture<PostgresBeheermoduleFactory>;

/// <summary>
/// Failures that arrive at the same moment: each is counted exactly once, whatever else is counted beside it, so a
/// burst of guesses buys no more than the lockout allows; no request ends in an error.
/// </summary>
public abstract class SimultaneousFailureTests(BeheermoduleFactory factory)
{
    private const string WrongPassword = "Verkeerd-2026";
    private const int Threshold = 5;

    [Theory]
    [InlineData(20)]
    [InlineData(100)]
    public async Task SimultaneousFailures_OfAccountsLoadedBeforeAnyWasCounted_AreEachCountedOnce(int failures)
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var scopes = Enumerable.Range(0, failures).Select(_ => factory.Services.CreateAsyncScope()).ToList();
        try
        {
            // Every request has read the account (count 0) before the first failure is written: the worst case.
            var loaded = new List<(UserManager<UserAccount> Users, UserAccount Account)>();
            foreach (var scope in scopes)
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
                loaded.Add((users, (await users.FindByIdAsync(account.Id))!));
            }

            var results = await Task.WhenAll(loaded.Select(l => Task.Run(() => l.Users.AccessFailedAsync(l.Account))));

            Assert.All(results, r => Assert.True(r.Succeeded));
        }
        finally
        {
            foreach (var scope in scopes)
            {
                await scope.DisposeAsync();
            }
        }
        var stored = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == account.Id));
        Assert.Equal(failures, stored.ConsecutiveLockouts * Threshold + stored.AccessFailedCount);
        Assert.True(stored.LockoutEnd > factory.Clock.GetUtcNow());
    }

    [Theory]
    [InlineData(20)]
    [InlineData(100)]
    public async Task SimultaneousWrongPasswords_AllGetTheWrongPasswordPage_LockTheAccount_AndTheRightPasswordIsRefusedAfterwards(int attempts)
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var clients = Enumerable.Range(0, attempts).Select(_ => new BrowserLikeClient(factory.CreateBrowserClient())).ToList();
        foreach (var client in clients)
        {
            await client.GetPageAsync("/inloggen");
        }

        var answers = await Task.WhenAll(clients.Select(client => Task.Run(() =>
            client.PostFormAndReadAsync("/inloggen", [new("Input.UserName", account.UserName), new("Input.Password", WrongPassword)]))));

        Assert.All(answers, answer =>
        {
            Assert.Equal(HttpStatusCode.OK, answer.Response.StatusCode);
            Assert.Contains(LoginModel.WrongCredentials, answer.Page.QuerySelector(".alert-error")!.TextContent);
        });
        var stored = await factory.WithDbAsync(db => db.Users.SingleAsync(u => u.Id == account.Id));
        Assert.True(stored.ConsecutiveLockouts >= 1, "the burst did not lock the account");
        Assert.InRange(stored.ConsecutiveLockouts * Threshold + stored.AccessFailedCount, Threshold, attempts);
        var (rightPassword, page) = await new BrowserLikeClient(factory.CreateBrowserClient()).PostFormAndReadAsync("/inloggen",
            [new("Input.UserName", account.UserName), new("Input.Password", SignInAccounts.Password)]);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Contains(LoginModel.WrongCredentials, page.QuerySelector(".alert-error")!.TextContent);
    }
}
