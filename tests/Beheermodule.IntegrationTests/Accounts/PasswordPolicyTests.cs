using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Mutations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>The configured preset is what Identity applies when a password is set, and Identity's own rules are not.</summary>
public sealed class PasswordPolicyTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task CreateAccount_WithSeventeenCharacters_FailsWithTheDutchReason()
    {
        var userName = "houder-" + Guid.NewGuid().ToString("N")[..8];

        var result = await CreateAsync(userName, "Kwartsbloem47xyzq");

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("TooLong", "Gebruik hoogstens 16 tekens; u gebruikte er 17."), (error.Code, error.Description));
        Assert.False(await factory.WithDbAsync(db => db.Users.AnyAsync(u => u.UserName == userName)));
    }

    [Fact]
    public async Task CreateAccount_WithTheUserNameInside_FailsWithEveryReason()
    {
        var result = await CreateAsync("kwarts", "kwarts!?");

        Assert.Equal(["TooFewDigits", "TooManySpecials", "ContainsUserName"], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public async Task CreateAccount_WithEightCharacters_Succeeds_AndStartsItsHistory()
    {
        var userName = "houder-" + Guid.NewGuid().ToString("N")[..8];

        // Identity's default rules would refuse it for lacking a non-alphanumeric character; rule 6 accepts it.
        var result = await CreateAsync(userName, "Kwarts47");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        Assert.Equal(1, await factory.WithDbAsync(db => db.PasswordHistory.CountAsync(h => db.Users.Any(u => u.Id == h.UserAccountId && u.UserName == userName))));
    }

    [Fact]
    public async Task ChangePassword_ToTheNameOfTheOrganisationOfTheAccountsMeans_IsRefused()
    {
        var means = await new MutationJourney(factory).IssueEh1MeansAsync("69599076", MutationJourney.UniqueSurname());
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var userName = "houder-" + Guid.NewGuid().ToString("N")[..8];
        var account = new UserAccount { UserName = userName, Email = $"{userName}@example.nl", Initials = "K.", Surname = "Kwarts" };
        Assert.True((await users.CreateAsync(account, "Kwarts47")).Succeeded);
        await factory.WithDbAsync(db => db.Means.Where(m => m.Id == means.Id).ExecuteUpdateAsync(m => m.SetProperty(x => x.UserAccountId, account.Id)));

        var result = await users.ChangePasswordAsync(account, "Kwarts47", means.Organisation.Name.Replace(" ", "") + "12");

        var error = Assert.Single(result.Errors, e => e.Code == "ContainsOrganisationName");
        Assert.Contains($"({means.Organisation.Name})", error.Description);
    }

    private async Task<IdentityResult> CreateAsync(string userName, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        return await users.CreateAsync(new UserAccount { UserName = userName, Email = $"{userName}@example.nl", Initials = "K.", Surname = "Kwarts" }, password);
    }
}

public sealed class AfsprakenstelselFactory : BeheermoduleFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Passwords:Preset"] = PasswordPolicyOptions.Afsprakenstelsel,
    };
}

/// <summary>Under afsprakenstelsel none of the last five passwords comes back; the sixth may.</summary>
public sealed class PasswordHistoryTests(AfsprakenstelselFactory factory) : IClassFixture<AfsprakenstelselFactory>
{
    private static readonly string[] Passwords = ["Kw@rts40", "Kw@rts41", "Kw@rts42", "Kw@rts43", "Kw@rts44", "Kw@rts45"];

    [Fact]
    public async Task ChangePassword_ToOneOfTheLastFive_IsRefused_ButTheSixthBackIsAllowed()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = new UserAccount { UserName = "jansen", Email = "jansen-wachtwoorden@example.nl", Initials = "J.", Surname = "Jansen" };
        Assert.True((await users.CreateAsync(account, Passwords[0])).Succeeded);
        for (var i = 1; i < Passwords.Length; i++)
        {
            var changed = await users.ChangePasswordAsync(account, Passwords[i - 1], Passwords[i]);
            Assert.True(changed.Succeeded, string.Join(" ", changed.Errors.Select(e => e.Description)));
        }

        var reused = await users.ChangePasswordAsync(account, Passwords[^1], Passwords[1]);
        var current = await users.ChangePasswordAsync(account, Passwords[^1], Passwords[^1]);
        var sixthBack = await users.ChangePasswordAsync(account, Passwords[^1], Passwords[0]);

        var error = Assert.Single(reused.Errors);
        Assert.Equal(("RecentlyUsed", "U gebruikte dit wachtwoord kort geleden. Kies een wachtwoord dat niet een van uw laatste 5 was."), (error.Code, error.Description));
        Assert.Equal("RecentlyUsed", Assert.Single(current.Errors).Code);
        Assert.True(sixthBack.Succeeded);
        Assert.Equal(5, await factory.WithDbAsync(db => db.PasswordHistory.CountAsync(h => h.UserAccountId == account.Id)));
    }
}
