using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts;

/// <summary>
/// The token in an e-mailed link: the account, the purpose, a value the link is bound to and the moment it was made,
/// encrypted with Data Protection, so nothing is stored. Valid for the lifetime given on the injected clock
/// (Identity's own provider reads the system clock). The link stops working once the bound value changes, which is
/// what makes it single use.
/// </summary>
public abstract class LinkTokenProvider(IDataProtectionProvider protection, TimeProvider clock, string protectorPurpose, TimeSpan lifetime)
    : IUserTwoFactorTokenProvider<UserAccount>
{
    private readonly IDataProtector _protector = protection.CreateProtector(protectorPurpose);

    /// <summary>The account's value the link is bound to; when it changes, every earlier link dies.</summary>
    protected abstract Task<string> BoundValueAsync(UserManager<UserAccount> manager, UserAccount user);

    public async Task<string> GenerateAsync(string purpose, UserManager<UserAccount> manager, UserAccount user)
    {
        var content = new TokenContent(user.Id, purpose, await BoundValueAsync(manager, user), clock.GetUtcNow());
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
        return content.CreatedAt <= now && now <= content.CreatedAt + lifetime
            && content.BoundValue == await BoundValueAsync(manager, user);
    }

    /// <summary>Never a second factor: these providers only make links.</summary>
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

    private sealed record TokenContent(string AccountId, string Purpose, string BoundValue, DateTimeOffset CreatedAt);
}
