using Beheermodule.Core.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Beheermodule.Web.ServiceLogin;

/// <summary>
/// The service exchanges its code for the ID token. OpenIddict has checked the client's secret, the code and the PKCE
/// verifier; here the person is checked once more, as they may have been blocked in the seconds in between.
/// </summary>
public static class TokenEndpoint
{
    public static async Task<IResult> ExchangeAsync(HttpContext context, UserManager<UserAccount> users)
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The token request did not reach OpenIddict.");
        if (!request.IsAuthorizationCodeGrantType())
        {
            return Refuse(OpenIddictConstants.Errors.UnsupportedGrantType, "Alleen de autorisatiecode-flow is toegestaan.");
        }
        var principal = (await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)).Principal;
        var accountId = principal?.GetClaim(AuthorizeModel.AccountClaim);
        var account = accountId is null ? null : await users.FindByIdAsync(accountId);
        if (principal is null || account is null || await users.IsLockedOutAsync(account))
        {
            return Refuse(OpenIddictConstants.Errors.InvalidGrant, "Deze persoon kan niet meer inloggen.");
        }
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Refuse(string error, string description) =>
        Results.Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
