using System.Security.Cryptography.X509Certificates;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Certificates;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Beheermodule.Core.Throttling;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// Logging in with the personal PKIoverheid certificate (EH4). The certificate comes from the TLS connection, which
/// proved the browser holds its private key (or from the TLS-terminating proxy, see <see cref="ClientCertificateOptions"/>).
/// The page shows whose certificate the browser gave; the post checks it again and signs in with the normal session
/// cookie, complete without an OTP step. Every refusal reads the same, with a reason only about the certificate itself.
/// </summary>
[LimitFailuresPerAddress]
public sealed class CertificateLoginModel(AccountSignInManager signIn, CertificateOwners owners, AuditLog audit, BeheermoduleDbContext db, SignInContinuation continuation, RequestFailures failures) : PageModel
{
    public const string Refused = "Met dit certificaat kunt u niet inloggen.";

    [BindProperty(SupportsGet = true, Name = "terug")]
    public string? ReturnUrl { get; set; }

    /// <summary>The name in the certificate the browser gave; null when it gave none.</summary>
    public string? HolderName { get; private set; }

    public string? IssuerName { get; private set; }

    /// <summary>Why the certificate cannot log in, when that says nothing about any account.</summary>
    public string? Reason { get; private set; }

    public async Task OnGetAsync() => Show(await HttpContext.Connection.GetClientCertificateAsync(HttpContext.RequestAborted));

    public async Task<IActionResult> OnPostAsync()
    {
        var certificate = await HttpContext.Connection.GetClientCertificateAsync(HttpContext.RequestAborted);
        Show(certificate);
        if (certificate is null)
        {
            return Page();
        }
        var owner = await owners.FindAsync(certificate, HttpContext.RequestAborted);
        if (owner.UserAccountId is not { } accountId)
        {
            return await RefuseAsync(AuditActor.Anonymous(WebSecurityExtensions.ClientAddress(HttpContext)), certificate, owner.Reason!, owner.MayBeShown);
        }
        var user = await signIn.UserManager.FindByIdAsync(accountId);
        if (user is null)
        {
            return await RefuseAsync(AuditActor.Anonymous(WebSecurityExtensions.ClientAddress(HttpContext)), certificate, "account bestaat niet meer", mayBeShown: false);
        }
        var result = await signIn.CertificateSignInAsync(user);
        if (!result.Succeeded)
        {
            var reason = AccountDisabling.IsDisabled(user) ? "geblokkeerd" : result.IsLockedOut ? "vergrendeld" : "inloggen niet toegestaan";
            return await RefuseAsync(AuditActor.Account(user.UserName!), certificate, reason, mayBeShown: false);
        }
        audit.Record(AuditActor.Account(user.UserName!), "account.signed-in", details: $"certificaat: {Described(certificate)}");
        await db.SaveChangesAsync();
        return await continuation.ContinueAsync(this, user, ReturnUrl);
    }

    private void Show(X509Certificate2? certificate)
    {
        HolderName = certificate?.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        IssuerName = certificate?.GetNameInfo(X509NameType.SimpleName, forIssuer: true);
    }

    private async Task<IActionResult> RefuseAsync(AuditActor actor, X509Certificate2 certificate, string reason, bool mayBeShown)
    {
        failures.Record();
        audit.Record(actor, "account.sign-in", AuditOutcome.Refused, details: $"certificaat: {reason} ({Described(certificate)})");
        await db.SaveChangesAsync();
        ModelState.AddModelError(string.Empty, Refused);
        Reason = mayBeShown ? reason : null;
        return Page();
    }

    private static string Described(X509Certificate2 certificate) =>
        $"{certificate.Subject}, serienummer {certificate.SerialNumber}, uitgegeven door {certificate.Issuer}";
}
