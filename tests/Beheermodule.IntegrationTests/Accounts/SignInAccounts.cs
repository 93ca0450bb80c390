using System.Net;
using System.Security.Cryptography;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>An account made for a log-in test; <see cref="Seed"/> is its authenticator's secret, when it has one.</summary>
public sealed record TestAccount(string Id, string UserName, string Email, byte[]? Seed);

/// <summary>
/// Means holders and staff put straight into the database, with the means and responders a log-in rule looks at,
/// so each test starts from exactly the account it is about. Logging in itself always goes through the pages.
/// </summary>
public static class SignInAccounts
{
    public const string Password = "Zonnig-2026";

    /// <summary>An account holding one means per level given (each with <paramref name="status"/>), with or without an authenticator.</summary>
    public static async Task<TestAccount> CreateAsync(BeheermoduleFactory factory, bool withResponder, MeansStatus status, params AssuranceLevel[] levels)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var account = await NewAccountAsync(scope.ServiceProvider, "houder");
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        foreach (var level in levels)
        {
            db.Means.Add(await NewMeansAsync(scope.ServiceProvider, factory, account, level, status));
        }
        var seed = withResponder ? AddResponder(scope.ServiceProvider, factory, account.Id) : null;
        await db.SaveChangesAsync();
        return new TestAccount(account.Id, account.UserName!, account.Email!, seed);
    }

    public static Task<TestAccount> CreateAsync(BeheermoduleFactory factory, AssuranceLevel level, bool withResponder) =>
        CreateAsync(factory, withResponder, MeansStatus.Active, level);

    /// <summary>A helpdesk account with an authenticator already enrolled.</summary>
    public static async Task<TestAccount> CreateStaffAsync(BeheermoduleFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var userName = "balie-" + Guid.NewGuid().ToString("N")[..8];
        var (password, errors) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(new NewStaffAccount(userName, "B.", "Balie", $"{userName}@example.nl", StaffRoles.Helpdesk), AuditActor.System("test"), Password);
        Assert.True(password is not null, string.Join(" ", errors));
        var account = (await scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync(userName))!;
        var seed = AddResponder(scope.ServiceProvider, factory, account.Id);
        await scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>().SaveChangesAsync();
        return new TestAccount(account.Id, userName, account.Email!, seed);
    }

    public static Task<HttpResponseMessage> PostPasswordAsync(BrowserLikeClient client, string userName, string password = Password) =>
        client.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", password)]);

    public static Task<HttpResponseMessage> PostCodeAsync(BrowserLikeClient client, string code) =>
        client.PostFormAsync("/inloggen/code", [new("Code", code)]);

    /// <summary>The code the account's authenticator shows at <paramref name="at"/>.</summary>
    public static string Code(TestAccount account, DateTimeOffset at) => TotpCode.Compute(account.Seed!, at);

    /// <summary>Password and code, as a browser would; the clock first moves to a fresh step, as a code works once.</summary>
    public static async Task<BrowserLikeClient> SignInWithCodeAsync(BeheermoduleFactory factory, TestAccount account)
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var response = await PostPasswordAsync(client, account.UserName);
        Assert.StartsWith("/inloggen/code", response.Headers.Location?.OriginalString);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        response = await PostCodeAsync(client, Code(account, factory.Clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        return client;
    }

    private static async Task<UserAccount> NewAccountAsync(IServiceProvider services, string prefix)
    {
        var userName = $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
        var account = new UserAccount { UserName = userName, Email = $"{userName}@example.nl", Initials = "H.", Surname = "Houder" };
        var created = await services.GetRequiredService<UserManager<UserAccount>>().CreateAsync(account, Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        return account;
    }

    private static async Task<Means> NewMeansAsync(IServiceProvider services, BeheermoduleFactory factory, UserAccount account, AssuranceLevel level, MeansStatus status)
    {
        var db = services.GetRequiredService<BeheermoduleDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var kvk = RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString();
        var application = new Application
        {
            Reference = $"EH-TEST-{Guid.NewGuid().ToString("N")[..8]}",
            Level = level,
            KvkNumber = kvk,
            OrganisationName = "Test BV Donald",
            Fees = services.GetRequiredService<FeeCalculator>().Quote(level, 1, RushOption.None),
            StatusTokenHash = SecretToken.Hash(Guid.NewGuid().ToString()),
        };
        application.Submit(now);
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return new Means
        {
            Organisation = new Organisation { KvkNumber = kvk, Name = "Test BV Donald", CreatedAt = now },
            Level = level,
            Status = status,
            ApplicationId = application.Id,
            HolderInitials = account.Initials,
            HolderSurname = account.Surname,
            HolderEmail = account.Email!,
            UserAccountId = account.Id,
            CreatedAt = now,
            ActivatedAt = now,
        };
    }

    private static byte[] AddResponder(IServiceProvider services, BeheermoduleFactory factory, string accountId)
    {
        var seed = RandomNumberGenerator.GetBytes(20);
        services.GetRequiredService<BeheermoduleDbContext>().OtpResponders.Add(new OtpResponder
        {
            UserAccountId = accountId,
            Kind = OtpResponderKind.AuthenticatorApp,
            Label = "Authenticator-app",
            ProtectedSeed = services.GetRequiredService<OtpSeedProtector>().Protect(seed),
            CreatedAt = factory.Clock.GetUtcNow().UtcDateTime,
        });
        return seed;
    }
}
