using Beheermodule.Core.Accounts;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>The app with the real password hasher, counted: how much hash work each answer cost.</summary>
public sealed class CountingHasherFactory : BeheermoduleFactory
{
    private int _verifications;

    public int Verifications => Volatile.Read(ref _verifications);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<IPasswordHasher<UserAccount>>(provider =>
            new CountingHasher(new PasswordHasher<UserAccount>(provider.GetRequiredService<IOptions<PasswordHasherOptions>>()), this)));
    }

    private sealed class CountingHasher(PasswordHasher<UserAccount> inner, CountingHasherFactory owner) : IPasswordHasher<UserAccount>
    {
        public string HashPassword(UserAccount user, string password) => inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(UserAccount user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref owner._verifications);
            return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

/// <summary>A locked account costs the same hash work as an open one, so the answer's timing does not give the lockout away.</summary>
public sealed class LockedAccountTimingTests(CountingHasherFactory factory) : IClassFixture<CountingHasherFactory>
{
    [Fact]
    public async Task ALockedAccount_StillHasItsPasswordHashed()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        for (var i = 0; i < 5; i++)
        {
            await SignInAccounts.PostPasswordAsync(new BrowserLikeClient(factory.CreateBrowserClient()), account.UserName, "Verkeerd-2026");
        }
        var before = factory.Verifications;

        await SignInAccounts.PostPasswordAsync(new BrowserLikeClient(factory.CreateBrowserClient()), account.UserName, "Verkeerd-2026");

        Assert.Equal(1, factory.Verifications - before);
    }
}
