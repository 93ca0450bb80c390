using System.Buffers.Binary;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>A password hashed with fewer PBKDF2 iterations than today's 210,000 is hashed again at the next successful log-in.</summary>
public sealed class PasswordRehashTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task AnOldHash_IsRehashedWith210000Iterations_AtTheNextLogIn()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var weak = new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
            .HashPassword(new UserAccount(), SignInAccounts.Password);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, weak)));
        Assert.Equal(100_000, await StoredIterationsAsync(account.Id));

        var response = await SignInAccounts.PostPasswordAsync(new BrowserLikeClient(factory.CreateBrowserClient()), account.UserName);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Equal(210_000, await StoredIterationsAsync(account.Id));
    }

    [Fact]
    public async Task AWrongPassword_LeavesTheOldHashAlone()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var weak = new PasswordHasher<UserAccount>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }))
            .HashPassword(new UserAccount(), SignInAccounts.Password);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).ExecuteUpdateAsync(set => set.SetProperty(u => u.PasswordHash, weak)));

        await SignInAccounts.PostPasswordAsync(new BrowserLikeClient(factory.CreateBrowserClient()), account.UserName, "Verkeerd-2026");

        Assert.Equal(100_000, await StoredIterationsAsync(account.Id));
    }

    /// <summary>Identity's v3 format: a 0x01 marker, the PRF (4 bytes), then the iteration count (4 bytes, big-endian).</summary>
    private async Task<int> StoredIterationsAsync(string accountId)
    {
        var hash = Convert.FromBase64String((await factory.WithDbAsync(db => db.Users.Where(u => u.Id == accountId).Select(u => u.PasswordHash).SingleAsync()))!);
        Assert.Equal(0x01, hash[0]);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4));
    }
}
