using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Accounts.Profile;

/// <summary>
/// The token in an e-mail-change link (rule 9), valid 24 hours. Identity puts the new address in the purpose. It is
/// bound to the current address rather than the security stamp: a log-out renews the stamp, and people often open
/// the mail after logging out. Applying the change replaces that address, so a link works once.
/// </summary>
public sealed class EmailChangeTokenProvider(IDataProtectionProvider protection, TimeProvider clock)
    : LinkTokenProvider(protection, clock, "Beheermodule.Accounts.EmailChangeLink", ValidFor)
{
    public const string Name = "EmailChangeLink";

    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(24);

    protected override async Task<string> BoundValueAsync(UserManager<UserAccount> manager, UserAccount user) =>
        manager.NormalizeEmail(await manager.GetEmailAsync(user)) ?? "";
}
