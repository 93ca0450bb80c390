using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Accounts.Certificates;

/// <summary>
/// The account a presented certificate logs in to, or why none: <see cref="Reason"/> is for the audit log, and is
/// shown to the person only when <see cref="MayBeShown"/> (it then says something about the certificate alone).
/// </summary>
public sealed record CertificateOwner(string? UserAccountId, string? Reason, bool MayBeShown)
{
    public static CertificateOwner Found(string userAccountId) => new(userAccountId, null, MayBeShown: false);

    public static CertificateOwner Refused(string reason, bool mayBeShown) => new(null, reason, mayBeShown);
}

/// <summary>
/// Finds the holder of a certificate presented at log-in (EH4): the certificate must pass the trust checks again
/// now, and be registered, not revoked and within its validity as registered. Whether the account may sign in
/// (locked, blocked) is the sign-in's own question.
/// </summary>
public sealed class CertificateOwners(BeheermoduleDbContext db, PersonalCertificateCheck check, TimeProvider clock)
{
    public async Task<CertificateOwner> FindAsync(X509Certificate2 certificate, CancellationToken cancellationToken = default)
    {
        if (check.TrustProblem(certificate) is { } problem)
        {
            return CertificateOwner.Refused(problem, mayBeShown: true);
        }
        var thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256);
        var registered = await db.PersonalCertificates.AsNoTracking().SingleOrDefaultAsync(c => c.Thumbprint == thumbprint, cancellationToken);
        if (registered is null)
        {
            return CertificateOwner.Refused("niet geregistreerd", mayBeShown: false);
        }
        if (registered.RevokedAt is not null)
        {
            return CertificateOwner.Refused("registratie ingetrokken", mayBeShown: false);
        }
        return registered.IsUsableAt(clock.GetUtcNow().UtcDateTime)
            ? CertificateOwner.Found(registered.UserAccountId)
            : CertificateOwner.Refused("buiten de geregistreerde geldigheid", mayBeShown: false);
    }
}
