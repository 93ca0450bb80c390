using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Accounts;

/// <summary>
/// Whether an account must give a code from its OTP responder after the password: staff always, a holder as soon as
/// one of their means that has not ended is EH2+ or higher (levels table, rule 7), and anyone with an active responder:
/// a factor the holder set up is always asked for. Decided from the data at each log-in, never from a flag that could
/// be left behind when a means is upgraded.
/// </summary>
public sealed class SecondFactorRequirement(BeheermoduleDbContext db, OtpVerifier otp)
{
    private static readonly AssuranceLevel[] OtpLevels = AssuranceLevelExtensions.All.Where(l => l.NeedsOtp()).ToArray();

    public async Task<bool> IsRequiredAsync(string userAccountId, CancellationToken cancellationToken = default) =>
        await IsStaffAsync(userAccountId, cancellationToken)
        || await db.Means.AnyAsync(m => m.UserAccountId == userAccountId && m.Status != MeansStatus.Ended && OtpLevels.Contains(m.Level), cancellationToken)
        || await otp.HasActiveResponderAsync(userAccountId, cancellationToken);

    public Task<bool> IsStaffAsync(string userAccountId, CancellationToken cancellationToken = default) =>
        db.UserRoles.Where(ur => ur.UserId == userAccountId)
            .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name)
            .AnyAsync(name => StaffRoles.All.Contains(name!), cancellationToken);
}
