using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Otp;

public enum OtpCheckOutcome
{
    Accepted,
    Wrong,
    Replayed,
}

/// <summary>
/// Checks a code against the account's own active responders only (rule 7). A time step is accepted once:
/// the step is claimed with a conditional update, so two requests with the same code cannot both pass.
/// </summary>
public sealed class OtpVerifier(BeheermoduleDbContext db, OtpSeedProtector protector, TimeProvider clock)
{
    public async Task<OtpCheckOutcome> CheckAsync(string userAccountId, string? code, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var responders = await db.OtpResponders.AsNoTracking()
            .Where(r => r.UserAccountId == userAccountId && r.Status == OtpResponderStatus.Active && r.Kind != OtpResponderKind.HardwareHotp)
            .ToListAsync(cancellationToken);
        var replayed = false;
        foreach (var responder in responders)
        {
            if (TotpCode.MatchingStep(protector.Unprotect(responder.ProtectedSeed), code, now) is not { } step)
            {
                continue;
            }
            var claimed = await db.OtpResponders
                .Where(r => r.Id == responder.Id && r.Status == OtpResponderStatus.Active && (r.LastUsedTimeStep == null || r.LastUsedTimeStep < step))
                .ExecuteUpdateAsync(set => set
                    .SetProperty(r => r.LastUsedTimeStep, step)
                    .SetProperty(r => r.LastUsedAt, now.UtcDateTime), cancellationToken);
            if (claimed == 1)
            {
                return OtpCheckOutcome.Accepted;
            }
            replayed = true;
        }
        return replayed ? OtpCheckOutcome.Replayed : OtpCheckOutcome.Wrong;
    }

    public Task<bool> HasActiveResponderAsync(string userAccountId, CancellationToken cancellationToken = default) =>
        db.OtpResponders.AnyAsync(r => r.UserAccountId == userAccountId && r.Status == OtpResponderStatus.Active, cancellationToken);
}
