using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Accounts;

/// <summary>Staff enrol an authenticator app at their first log-in; until then no staff page opens.</summary>
[Authorize]
[LimitFailuresPerAddress]
public sealed class EnrolAuthenticatorModel(
    SignInManager<UserAccount> signIn, AuthenticatorEnrolment enrolment, OtpVerifier otp, IOptions<IssuerOptions> issuer) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul de code van 6 cijfers in die uw app nu toont.")]
    [Display(Name = "Code uit de app")]
    public string Code { get; set; } = "";

    [BindProperty]
    public string SealedSeed { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "terug")]
    public string? ReturnUrl { get; set; }

    public AuthenticatorEnrolment.Challenge? Enrolment { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Accounts/Login");
        }
        if (await otp.HasActiveResponderAsync(user.Id))
        {
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl));
        }
        Enrolment = enrolment.Start(user.Id, user.UserName!, issuer.Value.Name);
        SealedSeed = Enrolment.SealedSeed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToPage("/Accounts/Login");
        }
        if (await otp.HasActiveResponderAsync(user.Id))
        {
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl));
        }
        if (ModelState.IsValid && await enrolment.CompleteAsync(user.Id, user.UserName!, SealedSeed, Code) is not null)
        {
            await signIn.UserManager.SetTwoFactorEnabledAsync(user, true);
            await signIn.SignInWithClaimsAsync(user, isPersistent: false,
                [new Claim(AccountsWebExtensions.MultiFactorClaim, AccountsWebExtensions.MultiFactorValue)]);
            return LocalRedirect(ReturnUrls.Safe(ReturnUrl, "/backoffice"));
        }
        if (ModelState.IsValid)
        {
            await signIn.UserManager.AccessFailedAsync(user);
            ModelState.AddModelError(nameof(Code), "De code klopt niet. Controleer of de tijd op uw telefoon klopt en typ de code die de app nu toont.");
        }
        Code = "";
        Enrolment = enrolment.Resume(user.Id, user.UserName!, issuer.Value.Name, SealedSeed);
        SealedSeed = Enrolment.SealedSeed;
        return Page();
    }
}
