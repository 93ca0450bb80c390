using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Otp;

/// <summary>
/// Makes a hardware token from stock the holder's personal responder (rule 7): the serial number must be in stock and
/// free, and a code from the token proves the holder has it in hand.
/// </summary>
public sealed class HardwareTokenEnrolment(BeheermoduleDbContext db, OtpSeedProtector protector, AuditLog audit, TimeProvider clock)
{
    /// <summary>One answer for an unknown serial, a taken one and a wrong code: the page never tells which serials exist.</summary>
    public const string Refusal = "Het serienummer en de code horen niet bij een token dat u kunt koppelen. Controleer het serienummer op de achterkant en typ een nieuwe code van het token.";

    /// <summary>The new responder; null when refused, for which the page shows <see cref="Refusal"/>.</summary>
    public async Task<OtpResponder?> CompleteAsync(string userAccountId, string userName, string? serial, string? code, CancellationToken cancellationToken = default)
    {
        var actor = AuditActor.Account(userName);
        var serialNumber = HardwareTokenSerial.Normalise(serial);
        var token = serialNumber is null ? null
            : await db.HardwareTokens.SingleOrDefaultAsync(t => t.SerialNumber == serialNumber && t.OtpResponderId == null, cancellationToken);
        var now = clock.GetUtcNow();
        var responder = token is null ? null : NewResponder(token, userAccountId, protector.Unprotect(token.ProtectedSeed), code, now);
        if (token is null || responder is null)
        {
            return await RefuseAsync(actor, serialNumber, token is null ? "niet in voorraad of al gekoppeld" : "code klopt niet", cancellationToken);
        }
        // The token's responder id is a concurrency token: the update only happens while it is still null, so of two
        // enrolments of the same token at once exactly one saves, responder and all.
        token.OtpResponder = responder;
        token.EnrolledAt = now.UtcDateTime;
        audit.Record(actor, "otp.enrolled", details: $"{responder.Kind.DisplayName()} {token.SerialNumber}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(actor, serialNumber, "tegelijk door een ander gekoppeld", cancellationToken);
        }
        return responder;
    }

    /// <summary>The responder the token becomes when <paramref name="code"/> is one of its codes; null otherwise.</summary>
    private static OtpResponder? NewResponder(HardwareToken token, string userAccountId, byte[] seed, string? code, DateTimeOffset now)
    {
        var responder = new OtpResponder
        {
            UserAccountId = userAccountId,
            Kind = token.Kind,
            Label = token.SerialNumber,
            SerialNumber = token.SerialNumber,
            ProtectedSeed = token.ProtectedSeed,
            CreatedAt = now.UtcDateTime,
            LastUsedAt = now.UtcDateTime,
        };
        if (token.Kind == OtpResponderKind.HardwareHotp)
        {
            // A new token counts from zero; the holder may have pressed it a few times before.
            if (HotpCode.MatchingCounter(seed, code, nextCounter: 0) is not { } counter)
            {
                return null;
            }
            responder.HotpCounter = counter + 1;
            return responder;
        }
        if (TotpCode.MatchingStep(seed, code, now) is not { } step)
        {
            return null;
        }
        responder.LastUsedTimeStep = step;
        return responder;
    }

    private async Task<OtpResponder?> RefuseAsync(AuditActor actor, string? serialNumber, string reason, CancellationToken cancellationToken)
    {
        audit.Record(actor, "otp.enrolment", AuditOutcome.Refused, details: $"Token {serialNumber ?? "(geen serienummer)"}: {reason}.");
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
