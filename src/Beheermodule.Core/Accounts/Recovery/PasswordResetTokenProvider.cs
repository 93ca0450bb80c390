using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts.Recovery;

/// <summary>
/// The token in a password-reset link: the account, the purpose, the account's security stamp and the moment it was
/// made, encrypted with Data Protection, so nothing is stored. Valid one hour on the injected clock (Identity's own
/// provider reads the system clock). Works once: a reset changes the security stamp, and so does any other password
/// change or a log-out, which also ends older links.
/// </summary>
public sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<UserAccount>
{
    public const string Name = "PasswordResetLink";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    private readonly IDataProtector _protector = protection.CreateProtector("Beheermodule.Accounts.PasswordResetLink");

    public async Task<string> GenerateAsync(string purpose, UserManager<UserAccount> manager, UserAccount user)
    {
        var content = new TokenContent(user.Id, purpose, await manager.GetSecurityStampAsync(user) ?? "", clock.GetUtcNow());
        return Base64Url.EncodeToString(_protector.Protect(JsonSerializer.SerializeToUtf8Bytes(content)));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<UserAccount> manager, UserAccount user)
    {
        var content = Read(token);
        if (content is null || content.AccountId != user.Id || content.Purpose != purpose)
        {
            return false;
        }
        var now = clock.GetUtcNow();
        return content.CreatedAt <= now && now <= content.CreatedAt + Lifetime
            && content.SecurityStamp == (await manager.GetSecurityStampAsync(user) ?? "");
    }

    /// <summary>Never a second factor: this provider only makes links.</summary>
    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<UserAccount> manager, UserAccount user) => Task.FromResult(false);

    /// <summary>Null for anything not made here: garbled, cut off, or encrypted with another key or purpose.</summary>
    private TokenContent? Read(string token)
    {
        try
        {
            return JsonSerializer.Deserialize<TokenContent>(_protector.Unprotect(Base64Url.DecodeFromChars(token)));
        }
        catch (Exception e) when (e is FormatException or CryptographicException or JsonException)
        {
            return null;
        }
    }

    private sealed record TokenContent(string AccountId, string Purpose, string SecurityStamp, DateTimeOffset CreatedAt);
}
