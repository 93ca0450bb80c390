using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Otp;

/// <summary>
/// An HOTP token pressed too often without logging in runs beyond the look-ahead; two consecutive codes read out to
/// the helpdesk find it again, and the stored counter moves past them.
/// </summary>
public sealed class OtpResponderResynchronisation(BeheermoduleDbContext db, OtpSeedProtector protector, AuditLog audit)
{
    public const string Refusal = "Deze twee codes volgen niet op elkaar bij dit token. Laat de houder twee keer achter elkaar op de knop drukken en beide codes voorlezen.";

    /// <summary>Null when it worked; otherwise why not, in Dutch.</summary>
    public async Task<string?> ResynchroniseAsync(int responderId, string? firstCode, string? secondCode, string staff, CancellationToken cancellationToken = default)
    {
        var responder = await db.OtpResponders.AsNoTracking().SingleOrDefaultAsync(r => r.Id == responderId, cancellationToken);
        if (responder is not { Kind: OtpResponderKind.HardwareHotp, Status: OtpResponderStatus.Active })
        {
            return "Alleen een actief HOTP-token kan worden gesynchroniseerd.";
        }
        var actor = AuditActor.Account(staff);
        var next = responder.HotpCounter ?? 0;
        if (HotpCode.Resynchronise(protector.Unprotect(responder.ProtectedSeed), firstCode, secondCode, next) is not { } counter)
        {
            audit.Record(actor, "otp.resynchronisation", AuditOutcome.Refused, details: $"Token {responder.SerialNumber}: codes niet opeenvolgend binnen {HotpCode.ResynchronisationWindow}.");
            await db.SaveChangesAsync(cancellationToken);
            return Refusal;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only from the counter this search started at: a log-in in the meantime moved it, and these codes may be used.
        var moved = await db.OtpResponders
            .Where(r => r.Id == responderId && r.Status == OtpResponderStatus.Active && (r.HotpCounter ?? 0) == next)
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.HotpCounter, counter + 1), cancellationToken);
        if (moved == 0)
        {
            return "Het token is intussen gebruikt of ingetrokken. Probeer het opnieuw met twee nieuwe codes.";
        }
        audit.Record(actor, "otp.resynchronised", details: $"Token {responder.SerialNumber}: {counter + 1 - next} drukken vooruit.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }
}
