using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts.Profile;

/// <summary>
/// The token in an e-mail-change link (rule 9), made like the password-reset link: the account, the purpose (which
/// Identity makes from the new address), the address it replaces and the moment it was made, encrypted with Data
/// Protection, so nothing is stored. Valid 24 hours on the injected clock (Identity's own provider reads the system
/// clock). It is bound to the current address rather than the security stamp: a log-out renews the stamp, and people
/// often open the mail after logging out. Applying the change replaces that address, so a link works once.
/// </summary>
public sealed class EmailChangeTokenProvider(IDataProtectionProvider protection, TimeProvider clock) : IUserTwoFactorTokenProvider<UserAccount>
{
    public const string Name = "EmailChangeLink";

    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly IDataProtector _protector = protection.CreateProtector("Beheermodule.Accounts.EmailChangeLink");

    public async Task<string> GenerateAsync(string purpose, UserManager<UserAccount> manager, UserAccount user)
    {
        var content = new TokenContent(user.Id, purpose, await CurrentAddressAsync(manager, user), clock.GetUtcNow());
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
            && content.CurrentAddress == await CurrentAddressAsync(manager, user);
    }

    /// <summary>Never a second factor: this provider only makes links.</summary>
    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<UserAccount> manager, UserAccount user) => Task.FromResult(false);

    private static async Task<string> CurrentAddressAsync(UserManager<UserAccount> manager, UserAccount user) =>
        manager.NormalizeEmail(await manager.GetEmailAsync(user)) ?? "";

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

    private sealed record TokenContent(string AccountId, string Purpose, string CurrentAddress, DateTimeOffset CreatedAt);
}
