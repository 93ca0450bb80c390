using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Beheermodule.Core.Otp;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// Second step: the code from the person's own OTP responder. Wrong codes count towards the lockout; a code used
/// twice gets the same answer as a wrong one (the holder is told by e-mail, see <see cref="OtpTokenProvider"/>).
/// </summary>
[LimitFailuresPerAddress]
public sealed class LoginCodeModel(SignInManager<UserAccount> signIn, UserNameSignInLimiter limiter, AuditLog audit, BeheermoduleDbContext db, SignInContinuation continuation) : PageModel
{
    public const string WrongCode = "De code klopt niet. Typ de code die uw app of token nu toont.";

    [BindProperty]
    [Required(ErrorMessage = "Vul de code van 6 cijfers in.")]
    [Display(Name = "Code uit uw authenticator-app of OTP-token")]
    public string Code { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "terug")]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Accounts/Login") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Accounts/Login");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!limiter.TryAcquire(user.NormalizedUserName ?? signIn.UserManager.NormalizeName(user.UserName!)))
        {
            TooManyRequests.WaitFor(HttpContext, UserNameSignInLimiter.Window);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var result = await signIn.TwoFactorSignInAsync(OtpTokenProvider.Name, Code, isPersistent: false, rememberClient: false);
        if (!result.Succeeded)
        {
            audit.Record(AuditActor.Account(user.UserName!), "account.sign-in.otp", AuditOutcome.Refused, details: result.IsLockedOut ? "vergrendeld" : "code onjuist");
            await db.SaveChangesAsync();
            if (result.IsLockedOut)
            {
                // Same words as a wrong password: a lockout must not confirm the password was right.
                TempData["LoginMessage"] = LoginModel.WrongCredentials;
                return RedirectToPage("/Accounts/Login");
            }
            ModelState.AddModelError(nameof(Code), WrongCode);
            Code = "";
            return Page();
        }
        audit.Record(AuditActor.Account(user.UserName!), "account.signed-in", details: "wachtwoord en OTP");
        await db.SaveChangesAsync();
        return await continuation.ContinueAsync(this, user, ReturnUrl);
    }
}
