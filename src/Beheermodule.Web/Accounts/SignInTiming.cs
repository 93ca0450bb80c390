using Beheermodule.Core.Accounts;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Web.Accounts;

/// <summary>An unknown username costs the same password-hash work as a known one, so timing does not tell them apart.</summary>
public sealed class SignInTiming(IPasswordHasher<UserAccount> hasher)
{
    private static readonly UserAccount Nobody = new() { UserName = "-" };
    private static string? _dummyHash;

    public void SpendOnUnknownUser(string password)
    {
        _dummyHash ??= hasher.HashPassword(Nobody, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(Nobody, _dummyHash, password);
    }
}
