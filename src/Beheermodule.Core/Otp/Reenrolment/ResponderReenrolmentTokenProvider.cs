using Beheermodule.Core.Accounts;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Otp.Reenrolment;

/// <summary>
/// The token in the link the helpdesk e-mails to register a new OTP responder, valid one hour. It is bound to the
/// account's responders (each one's id and state) and its security stamp: enrolling a responder adds one, so the link
/// works once; a new password, a block or another responder change also ends it.
/// </summary>
public sealed class ResponderReenrolmentTokenProvider(IDataProtectionProvider protection, TimeProvider clock, BeheermoduleDbContext db)
    : LinkTokenProvider(protection, clock, "Beheermodule.Otp.ResponderReenrolmentLink", ValidFor)
{
    public const string Name = "ResponderReenrolmentLink";

    /// <summary>The purpose Identity's token calls carry for this link.</summary>
    public const string Purpose = "ResponderReenrolment";

    public static readonly TimeSpan ValidFor = TimeSpan.FromHours(1);

    protected override async Task<string> BoundValueAsync(UserManager<UserAccount> manager, UserAccount user)
    {
        var responders = await db.OtpResponders.AsNoTracking()
            .Where(r => r.UserAccountId == user.Id)
            .OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.Status })
            .ToListAsync();
        return $"{await manager.GetSecurityStampAsync(user)}|{string.Join(',', responders.Select(r => $"{r.Id}:{r.Status}"))}";
    }
}
