using Beheermodule.Core.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// Identity's sign-in manager that also writes down when the person last proved their OTP responder, so a page can
/// ask for a fresh proof (<see cref="OtpSignInMoment"/>). Only a real code check sets the moment; a refreshed
/// cookie keeps the one it had.
/// </summary>
public sealed class AccountSignInManager(
    UserManager<UserAccount> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<UserAccount> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<UserAccount>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<UserAccount> confirmation,
    TimeProvider clock)
    : SignInManager<UserAccount>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private bool _codeJustChecked;

    public override async Task<SignInResult> TwoFactorSignInAsync(string provider, string code, bool isPersistent, bool rememberClient)
    {
        _codeJustChecked = true;
        try
        {
            return await base.TwoFactorSignInAsync(provider, code, isPersistent, rememberClient);
        }
        finally
        {
            _codeJustChecked = false;
        }
    }

    public override Task SignInWithClaimsAsync(UserAccount user, AuthenticationProperties? authenticationProperties, IEnumerable<System.Security.Claims.Claim> additionalClaims)
    {
        if (_codeJustChecked)
        {
            authenticationProperties ??= new AuthenticationProperties();
            OtpSignInMoment.Write(authenticationProperties, clock.GetUtcNow());
        }
        return base.SignInWithClaimsAsync(user, authenticationProperties, additionalClaims);
    }
}
