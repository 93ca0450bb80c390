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
/// Checks a code against the account's own active responders only (rule 7). A TOTP time step or an HOTP counter is
/// accepted once: it is claimed with a conditional update, so two requests with the same code cannot both pass.
/// </summary>
public sealed class OtpVerifier(BeheermoduleDbContext db, OtpSeedProtector protector, TimeProvider clock)
{
    public async Task<OtpCheckOutcome> CheckAsync(string userAccountId, string? code, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var responders = await db.OtpResponders.AsNoTracking()
            .Where(r => r.UserAccountId == userAccountId && r.Status == OtpResponderStatus.Active)
            .ToListAsync(cancellationToken);
        var replayed = false;
        foreach (var responder in responders)
        {
            var seed = protector.Unprotect(responder.ProtectedSeed);
            var outcome = responder.Kind == OtpResponderKind.HardwareHotp
                ? await CheckHotpAsync(responder, seed, code, now, cancellationToken)
                : await CheckTotpAsync(responder, seed, code, now, cancellationToken);
            if (outcome == OtpCheckOutcome.Accepted)
            {
                return outcome;
            }
            replayed |= outcome == OtpCheckOutcome.Replayed;
        }
        return replayed ? OtpCheckOutcome.Replayed : OtpCheckOutcome.Wrong;
    }

    private async Task<OtpCheckOutcome> CheckTotpAsync(OtpResponder responder, byte[] seed, string? code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (TotpCode.MatchingStep(seed, code, now) is not { } step)
        {
            return OtpCheckOutcome.Wrong;
        }
        var claimed = await db.OtpResponders
            .Where(r => r.Id == responder.Id && r.Status == OtpResponderStatus.Active && (r.LastUsedTimeStep == null || r.LastUsedTimeStep < step))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.LastUsedTimeStep, step)
                .SetProperty(r => r.LastUsedAt, now.UtcDateTime), cancellationToken);
        return claimed == 1 ? OtpCheckOutcome.Accepted : OtpCheckOutcome.Replayed;
    }

    private async Task<OtpCheckOutcome> CheckHotpAsync(OtpResponder responder, byte[] seed, string? code, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var next = responder.HotpCounter ?? 0;
        if (HotpCode.MatchingCounter(seed, code, next) is not { } counter)
        {
            return HotpCode.IsRecentlyUsed(seed, code, next) ? OtpCheckOutcome.Replayed : OtpCheckOutcome.Wrong;
        }
        var claimed = await db.OtpResponders
            .Where(r => r.Id == responder.Id && r.Status == OtpResponderStatus.Active && (r.HotpCounter == null || r.HotpCounter <= counter))
            .ExecuteUpdateAsync(set => set
                .SetProperty(r => r.HotpCounter, counter + 1)
                .SetProperty(r => r.LastUsedAt, now.UtcDateTime), cancellationToken);
        return claimed == 1 ? OtpCheckOutcome.Accepted : OtpCheckOutcome.Replayed;
    }

    public Task<bool> HasActiveResponderAsync(string userAccountId, CancellationToken cancellationToken = default) =>
        db.OtpResponders.AnyAsync(r => r.UserAccountId == userAccountId && r.Status == OtpResponderStatus.Active, cancellationToken);
}
