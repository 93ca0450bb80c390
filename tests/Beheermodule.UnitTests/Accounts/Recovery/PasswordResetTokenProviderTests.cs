using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Recovery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;

namespace Beheermodule.UnitTests.Accounts.Recovery;

public sealed class PasswordResetTokenProviderTests
{
    private const string Purpose = "ResetPassword";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly PasswordResetTokenProvider _provider;
    private readonly UserManager<UserAccount> _users = new(new StampStore(), null!, null!, null!, null!, null!, null!, null!, null!);
    private readonly UserAccount _account = new() { Id = "account-1", UserName = "ajansen", SecurityStamp = "stamp-1" };

    public PasswordResetTokenProviderTests() => _provider = new(new EphemeralDataProtectionProvider(), _clock);

    [Theory]
    [InlineData(0, true)]
    [InlineData(59, true)]
    [InlineData(60, true)]
    [InlineData(61, false)]
    public async Task AToken_WorksOneHour_OnTheInjectedClock(int minutesLater, bool works)
    {
        var token = await _provider.GenerateAsync(Purpose, _users, _account);

        _clock.Advance(TimeSpan.FromMinutes(minutesLater));

        Assert.Equal(works, await _provider.ValidateAsync(Purpose, token, _users, _account));
    }

    [Fact]
    public async Task AToken_StopsWorking_WhenTheSecurityStampChanges()
    {
        var token = await _provider.GenerateAsync(Purpose, _users, _account);

        _account.SecurityStamp = "stamp-2";

        Assert.False(await _provider.ValidateAsync(Purpose, token, _users, _account));
    }

    [Fact]
    public async Task AToken_IsForOneAccountAndOnePurpose()
    {
        var token = await _provider.GenerateAsync(Purpose, _users, _account);
        var other = new UserAccount { Id = "account-2", UserName = "bbakker", SecurityStamp = "stamp-1" };

        Assert.False(await _provider.ValidateAsync(Purpose, token, _users, other));
        Assert.False(await _provider.ValidateAsync("ConfirmEmail", token, _users, _account));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("not base64url!")]
    [InlineData("CfDJ8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AMadeUpToken_IsRefused_WithoutAnError(string token)
    {
        Assert.False(await _provider.ValidateAsync(Purpose, token, _users, _account));
    }

    [Fact]
    public async Task TheToken_CarriesNothingReadable()
    {
        var token = await _provider.GenerateAsync(Purpose, _users, _account);

        Assert.DoesNotContain("account-1", token);
        Assert.DoesNotContain("stamp-1", token);
        Assert.False(await _provider.CanGenerateTwoFactorTokenAsync(_users, _account));
    }

    /// <summary>Just enough of a user store for the security stamp, which is all the provider reads.</summary>
    private sealed class StampStore : IUserSecurityStampStore<UserAccount>
    {
        public Task<string?> GetSecurityStampAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.SecurityStamp);

        public Task SetSecurityStampAsync(UserAccount user, string stamp, CancellationToken cancellationToken)
        {
            user.SecurityStamp = stamp;
            return Task.CompletedTask;
        }

        public Task<string> GetUserIdAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.Id);
        public Task<string?> GetUserNameAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.UserName);
        public Task SetUserNameAsync(UserAccount user, string? userName, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<string?> GetNormalizedUserNameAsync(UserAccount user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SetNormalizedUserNameAsync(UserAccount user, string? normalizedName, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> CreateAsync(UserAccount user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> UpdateAsync(UserAccount user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IdentityResult> DeleteAsync(UserAccount user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<UserAccount?> FindByIdAsync(string userId, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<UserAccount?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }
}
