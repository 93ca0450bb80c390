using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration;

/// <summary>
/// The applicant's personal status link (/status/{token}): nothing else identifies an application publicly.
/// </summary>
public sealed class StatusLinks(IDataProtectionProvider dataProtection, IOptions<IssuerOptions> issuer, BeheermoduleDbContext db)
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Beheermodule.Registration.StatusLink");

    public static string PathFor(string token) => $"/status/{token}";

    public string Issue(Application application)
    {
        var token = SecretToken.Create();
        application.StatusTokenHash = SecretToken.Hash(token);
        application.StatusTokenProtected = _protector.Protect(token);
        return token;
    }

    public string UrlFor(Application application) =>
        issuer.Value.Link(PathFor(_protector.Unprotect(application.StatusTokenProtected)));

    public string TokenOf(Application application) => _protector.Unprotect(application.StatusTokenProtected);

    /// <summary>The application a status token opens, with its persons and timeline; null for any wrong token.</summary>
    public async Task<Application?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = SecretToken.Hash(token);
        return await db.Applications
            .Include(a => a.Persons).ThenInclude(p => p.RequestedServices).ThenInclude(r => r.Service).ThenInclude(s => s.ServiceProvider)
            .Include(a => a.StatusChanges)
            .SingleOrDefaultAsync(a => a.StatusTokenHash == hash, cancellationToken);
    }
}
