using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Profile;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;

namespace Beheermodule.UnitTests.Accounts.Profile;

public sealed class EmailChangeTokenProviderTests
{
    private const string Purpose = "ChangeEmail:nieuw@example.nl";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));
    private readonly EmailChangeTokenProvider _provider;
    private readonly UserManager<UserAccount> _users = new(new EmailStore(), null!, null!, null!, null!, new UpperInvariantLookupNormalizer(), null!, null!, null!);
    private readonly UserAccount _account = new() { Id = "account-1", UserName = "ajansen", Email = "oud@example.nl", SecurityStamp = "stamp-1" };

    public EmailChangeTokenProviderTests() => _provider = new(new EphemeralDataProtectionProvider(), _clock);

    [Theory]
    [InlineData(0, true)]
    [InlineData(24 * 60 - 1, true)]
    [InlineData(24 * 60, true)]
    [InlineData(24 * 60 + 1, false)]
    public async Task AToken_Works24Hours_OnTheInjectedClock(int minutesLater, bool works)
    {
        var token = await _provider.GenerateAsync(Purpose, _users, _account);

        _clock.Advance(TimeSpan.FromMinutes(minutesLater));

        Assert.Equal(works, await _provider.ValidateAsync(Purpose, token, _users, _account));
    }

    [Fact]
    public async Task AToken_StopsWorking_OnceTheAddressChanged_SoItWorksOnce()
    {
        var token = await _provider.GenerateAsync(Purpose, _users, _account);

        _account.Email = "nieuw@example.nl";

        Assert.False(await _provider.ValidateAsync(Purpose, token, _users, _account));
    }

    [Fact]
    public async Task AToken_SurvivesALogOut_WhichOnlyRenewsTheSecurityStamp()
    {
        var token = await _provider.GenerateAsync(Purpose, _users, _account);

        _account.SecurityStamp = "stamp-2";

        Assert.True(await _provider.ValidateAsync(Purpose, token, _users, _account));
    }

    [Fact]
    public async Task AToken_IsForOneAccountAndOneNewAddress()
    {
        var token = await _provider.GenerateAsync(Purpose, _users, _account);
        var other = new UserAccount { Id = "account-2", UserName = "bbakker", Email = "oud@example.nl" };

        Assert.False(await _provider.ValidateAsync(Purpose, token, _users, other));
        Assert.False(await _provider.ValidateAsync("ChangeEmail:ander@example.nl", token, _users, _account));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("not base64url!")]
    public async Task AMadeUpToken_IsRefused_WithoutAnError(string token)
    {
        Assert.False(await _provider.ValidateAsync(Purpose, token, _users, _account));
    }

    [Fact]
    public async Task TheToken_CarriesNothingReadable_AndIsNeverASecondFactor()
    {
        var token = await _provider.GenerateAsync(Purpose, _users, _account);

        Assert.DoesNotContain("account-1", token);
        Assert.DoesNotContain("nieuw", token);
        Assert.False(await _provider.CanGenerateTwoFactorTokenAsync(_users, _account));
    }

    /// <summary>Just enough of a user store for the e-mail address, which is all the provider reads.</summary>
    private sealed class EmailStore : IUserEmailStore<UserAccount>
    {
        public Task<string?> GetEmailAsync(UserAccount user, CancellationToken cancellationToken) => Task.FromResult(user.Email);
        public Task SetEmailAsync(UserAccount user, string? email, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<bool> GetEmailConfirmedAsync(UserAccount user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SetEmailConfirmedAsync(UserAccount user, bool confirmed, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<UserAccount?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<string?> GetNormalizedEmailAsync(UserAccount user, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task SetNormalizedEmailAsync(UserAccount user, string? normalizedEmail, CancellationToken cancellationToken) => throw new NotSupportedException();
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
