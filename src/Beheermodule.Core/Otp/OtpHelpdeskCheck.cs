using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Otp;

public enum OtpHelpdeskCheckOutcome
{
    Matches,
    UsedAlready,
    DoesNotMatch,
}

/// <summary>
/// The helpdesk's check of a token: the holder reads out a code and staff hear whether it belongs to this token's seed.
/// Nothing is claimed, so the holder can still log in with a later code.
/// </summary>
public sealed class OtpHelpdeskCheck(BeheermoduleDbContext db, OtpSeedProtector protector, AuditLog audit, TimeProvider clock)
{
    public async Task<OtpHelpdeskCheckOutcome?> CheckAsync(string? serial, string? code, string staff, CancellationToken cancellationToken = default)
    {
        var serialNumber = HardwareTokenSerial.Normalise(serial);
        var token = serialNumber is null ? null
            : await db.HardwareTokens.AsNoTracking().Include(t => t.OtpResponder).SingleOrDefaultAsync(t => t.SerialNumber == serialNumber, cancellationToken);
        if (token is null)
        {
            return null;
        }
        var outcome = Check(token, protector.Unprotect(token.ProtectedSeed), code, clock.GetUtcNow());
        audit.Record(AuditActor.Account(staff), "otp.helpdesk-check", outcome == OtpHelpdeskCheckOutcome.Matches ? AuditOutcome.Success : AuditOutcome.Refused,
            details: $"Token {token.SerialNumber}: {outcome.DisplayName()}");
        await db.SaveChangesAsync(cancellationToken);
        return outcome;
    }

    private static OtpHelpdeskCheckOutcome Check(HardwareToken token, byte[] seed, string? code, DateTimeOffset now)
    {
        var responder = token.OtpResponder;
        if (token.Kind == OtpResponderKind.HardwareHotp)
        {
            var next = responder?.HotpCounter ?? 0;
            if (HotpCode.MatchingCounter(seed, code, next) is not null)
            {
                return OtpHelpdeskCheckOutcome.Matches;
            }
            return HotpCode.IsRecentlyUsed(seed, code, next)
                ? OtpHelpdeskCheckOutcome.UsedAlready
                : OtpHelpdeskCheckOutcome.DoesNotMatch;
        }
        if (TotpCode.MatchingStep(seed, code, now) is not { } step)
        {
            return OtpHelpdeskCheckOutcome.DoesNotMatch;
        }
        return step <= responder?.LastUsedTimeStep ? OtpHelpdeskCheckOutcome.UsedAlready : OtpHelpdeskCheckOutcome.Matches;
    }
}

public static class OtpHelpdeskCheckOutcomeExtensions
{
    public static string DisplayName(this OtpHelpdeskCheckOutcome outcome) => outcome switch
    {
        OtpHelpdeskCheckOutcome.Matches => "de code klopt",
        OtpHelpdeskCheckOutcome.UsedAlready => "de code klopt, maar is al gebruikt om in te loggen",
        OtpHelpdeskCheckOutcome.DoesNotMatch => "de code klopt niet",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
