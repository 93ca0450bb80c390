using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Accounts.Certificates;

/// <summary>
/// Revokes a registered certificate (smartcard lost or stolen, or no longer the holder's): it stops logging in at
/// once, and the account's sessions end because its security stamp changes, as when a responder is revoked.
/// </summary>
public sealed class PersonalCertificateRevocation(BeheermoduleDbContext db, UserManager<UserAccount> users, AuditLog audit, TimeProvider clock)
{
    /// <summary>Null when revoked; otherwise why not, in Dutch.</summary>
    public async Task<string?> RevokeAsync(int certificateId, string? reason, string staff, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return "Geef de reden van het intrekken.";
        }
        if (reason.Trim().Length > OtpResponderRevocation.MaxReasonLength)
        {
            return $"De reden mag hoogstens {OtpResponderRevocation.MaxReasonLength} tekens hebben.";
        }
        var certificate = await db.PersonalCertificates.SingleOrDefaultAsync(c => c.Id == certificateId, cancellationToken);
        if (certificate is null || certificate.RevokedAt is not null)
        {
            return "Dit certificaat is al ingetrokken.";
        }
        var account = await users.FindByIdAsync(certificate.UserAccountId)
            ?? throw new InvalidOperationException($"Certificate {certificateId} belongs to no account.");
        certificate.RevokedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditActor.Account(staff), "certificate.revoked",
            details: $"{certificate.Subject} (serienummer {certificate.SerialNumber}) van {account.UserName}: {reason.Trim()}");
        // The stamp is saved through the same context: revocation, audit event and stamp are one SaveChanges.
        var result = await users.UpdateSecurityStampAsync(account);
        if (!result.Succeeded)
        {
            db.ChangeTracker.Clear();
            return "Het account is intussen gewijzigd. Probeer het opnieuw.";
        }
        return null;
    }
}
