using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Otp;

/// <summary>
/// Revokes a responder (lost, stolen, or no longer the holder's): its codes stop working at once, and the account's
/// sessions end because its security stamp changes.
/// </summary>
public sealed class OtpResponderRevocation(BeheermoduleDbContext db, UserManager<UserAccount> users, AuditLog audit, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    /// <summary>Null when revoked; otherwise why not, in Dutch.</summary>
    public async Task<string?> RevokeAsync(int responderId, string? reason, string staff, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Geef de reden van het intrekken.";
        }
        if (reason.Trim().Length > MaxReasonLength)
        {
            return $"De reden mag hoogstens {MaxReasonLength} tekens hebben.";
        }
        var responder = await db.OtpResponders.SingleOrDefaultAsync(r => r.Id == responderId, cancellationToken);
        if (responder is not { Status: OtpResponderStatus.Active })
        {
            return "Deze responder is al ingetrokken.";
        }
        var account = await users.FindByIdAsync(responder.UserAccountId)
            ?? throw new InvalidOperationException($"Responder {responderId} belongs to no account.");
        responder.Status = OtpResponderStatus.Revoked;
        responder.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditActor.Account(staff), "otp.revoked", details: $"{responder.Label} van {account.UserName}: {reason.Trim()}");
        // Identity saves the new stamp through the same context, so the revocation, its audit event and the stamp
        // are one SaveChanges. The account's user row carries a concurrency stamp: a clash fails the whole.
        var result = await users.UpdateSecurityStampAsync(account);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return "Het account is intussen gewijzigd. Probeer het opnieuw.";
        }
        return null;
    }
}
