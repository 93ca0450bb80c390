using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Activation;

/// <summary>Which log-in factors an account has registered besides its password.</summary>
public sealed record RegisteredFactors(bool HasResponder, bool HasCertificate);

public sealed class HolderFactors(BeheermoduleDbContext db, OtpVerifier otp, TimeProvider clock)
{
    public async Task<RegisteredFactors> OfAsync(string userAccountId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var hasResponder = await otp.HasActiveResponderAsync(userAccountId, cancellationToken);
        var hasCertificate = await db.PersonalCertificates.AnyAsync(
            c => c.UserAccountId == userAccountId && c.RevokedAt == null && c.NotBefore <= now && c.NotAfter > now, cancellationToken);
        return new(hasResponder, hasCertificate);
    }
}
