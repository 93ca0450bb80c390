using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Activation;

public enum ActivationCodeCheckOutcome
{
    /// <summary>Not a code, or no code with this hash: one generic answer, so a guesser learns nothing.</summary>
    Unknown,
    Valid,
    Expired,
    Used,
    Revoked,
}

/// <summary>What a typed code is; <see cref="IsUpgrade"/> when it is the letter of an upgrade (rule 13) of a means in use.</summary>
public sealed record ActivationCodeCheck(ActivationCodeCheckOutcome Outcome, int? ActivationCodeId = null, int? MeansId = null, bool IsUpgrade = false);

/// <summary>
/// The aanmeldcode as someone types it (rule 5): found by its keyed hash, then used exactly once. Attempt limits
/// and the audit trail belong to the caller, which knows the browser and address.
/// </summary>
public sealed class ActivationCodeRedemption(BeheermoduleDbContext db, ActivationCodeHasher hasher, TimeProvider clock)
{
    /// <summary>What the typed code is now; lower case, spaces and missing dashes are accepted.</summary>
    public async Task<ActivationCodeCheck> CheckAsync(string? typed, CancellationToken cancellationToken = default)
    {
        if (ActivationCodeFormat.Normalise(typed) is not { } canonical)
        {
            return new(ActivationCodeCheckOutcome.Unknown);
        }
        var hash = hasher.Hash(canonical);
        var code = await db.ActivationCodes.AsNoTracking().SingleOrDefaultAsync(c => c.CodeHash == hash, cancellationToken);
        if (code is null)
        {
            return new(ActivationCodeCheckOutcome.Unknown);
        }
        var outcome = code.StatusAt(clock.GetUtcNow().UtcDateTime) switch
        {
            ActivationCodeStatus.Issued => ActivationCodeCheckOutcome.Valid,
            ActivationCodeStatus.Used => ActivationCodeCheckOutcome.Used,
            ActivationCodeStatus.Revoked => ActivationCodeCheckOutcome.Revoked,
            _ => ActivationCodeCheckOutcome.Expired,
        };
        var isUpgrade = outcome == ActivationCodeCheckOutcome.Valid
            && await db.Means.AnyAsync(m => m.Id == code.MeansId && m.PendingLevel != null, cancellationToken);
        return new(outcome, code.Id, code.MeansId, isUpgrade);
    }

    /// <summary>
    /// Uses the code up, in the caller's transaction: a conditional update, so of any number of simultaneous
    /// attempts with one code exactly one gets true. False when it was used, revoked or expired meanwhile.
    /// </summary>
    public async Task<bool> RedeemAsync(int activationCodeId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var used = await db.ActivationCodes
            .Where(c => c.Id == activationCodeId && c.Status == ActivationCodeStatus.Issued && c.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ActivationCodeStatus.Used).SetProperty(c => c.UsedAt, now), cancellationToken);
        return used == 1;
    }
}
