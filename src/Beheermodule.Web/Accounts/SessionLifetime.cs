using Beheermodule.Core.Accounts;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// How long a session lives: 30 minutes without activity (the cookie's sliding expiry), and 12 hours from signing
/// in however active it is, so a session left open on a shared computer does not last for days. Every minute the
/// security stamp is checked as well, so disabling an account or revoking a responder ends its sessions quickly.
/// </summary>
public static class SessionLifetime
{
    public const string SignedInAtClaim = "bm:signed-in-at";

    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(30);
    public static readonly TimeSpan Longest = TimeSpan.FromHours(12);
    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);

    /// <summary>The cookie's OnValidatePrincipal: the 12-hour limit first, then Identity's security stamp check.</summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var clock = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>();
        if (context.Principal is not { } principal || !IsWithinLongest(principal, clock.GetUtcNow()))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    /// <summary>A principal without a sign-in moment predates this rule, or was forged: it is not trusted.</summary>
    public static bool IsWithinLongest(ClaimsPrincipal principal, DateTimeOffset now) =>
        SignedInAt(principal) is { } signedInAt && now - signedInAt < Longest;

    /// <summary>When the session's person last signed in completely; null when the session does not say.</summary>
    public static DateTimeOffset? SignedInAt(ClaimsPrincipal principal) =>
        long.TryParse(principal.FindFirstValue(SignedInAtClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    /// <summary>
    /// Identity rebuilds the principal after each stamp check from the database alone; the sign-in moment, how it
    /// was signed in and the second-factor claim belong to the session, so they are carried over.
    /// </summary>
    public static Task KeepSessionClaims(SecurityStampRefreshingPrincipalContext context)
    {
        if (context.NewPrincipal?.Identity is ClaimsIdentity identity && context.CurrentPrincipal is { } current)
        {
            foreach (var type in new[] { SignedInAtClaim, SignInMethod.ClaimType, AccountsWebExtensions.MultiFactorClaim })
            {
                foreach (var claim in current.FindAll(type).Where(c => !identity.HasClaim(type, c.Value)))
                {
                    identity.AddClaim(new Claim(claim.Type, claim.Value));
                }
            }
        }
        return Task.CompletedTask;
    }
}
