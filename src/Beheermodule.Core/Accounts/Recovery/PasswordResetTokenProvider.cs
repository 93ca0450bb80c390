using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts.Recovery;

/// <summary>
/// The token in a password-reset link, valid one hour and bound to the security stamp: a reset changes the stamp, and
/// so does any other password change or a log-out, which also ends older links.
/// </summary>
public sealed class PasswordResetTokenProvider(IDataProtectionProvider protection, TimeProvider clock)
    : LinkTokenProvider(protection, clock, "Beheermodule.Accounts.PasswordResetLink", ValidFor)
{
    public const string Name = "PasswordResetLink";

    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(1);

    protected override async Task<string> BoundValueAsync(UserManager<UserAccount> manager, UserAccount user) =>
        await manager.GetSecurityStampAsync(user) ?? "";
}
