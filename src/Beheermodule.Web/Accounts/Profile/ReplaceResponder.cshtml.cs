using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Profile;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Accounts.Profile;

/// <summary>
/// /profiel/responder-vervangen (rule 7): a new authenticator app in place of the old responder. Only for someone who
/// proved the current responder in the last <see cref="MaximumOtpAge"/>: a session left open on someone else's
/// screen must not be enough to move the second factor to another phone.
/// </summary>
[Authorize]
public sealed class ReplaceResponderModel(
    SignInManager<UserAccount> signIn, OtpVerifier otp, AuthenticatorEnrolment enrolment, ResponderReplacement replacement,
    IOptions<IssuerOptions> issuer, TimeProvider clock) : PageModel
{
    public const string PagePath = "/profiel/responder-vervangen";
    public const string WrongCode = "De code klopt niet. Controleer of de tijd op uw telefoon klopt en typ de code die de nieuwe app nu toont.";
    public const string Replaced = "Uw nieuwe authenticator-app is gekoppeld. De codes van uw vorige app of token werken niet meer, en u bent op andere apparaten uitgelogd.";

    public static readonly TimeSpan MaximumOtpAge = TimeSpan.FromMinutes(10);

    [BindProperty]
    [Required(ErrorMessage = "Vul de code van 6 cijfers in die uw nieuwe app nu toont.")]
    [Display(Name = "Code uit de nieuwe app")]
    public string Code { get; set; } = "";

    [BindProperty]
    public string SealedSeed { get; set; } = "";

    /// <summary>Null when the account has no responder to replace.</summary>
    public AuthenticatorEnrolment.Challenge? Enrolment { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        if (!await otp.HasActiveResponderAsync(account.Id))
        {
            return Page();
        }
        if (!await OtpProvedRecentlyAsync())
        {
            return LogInAgain();
        }
        Enrolment = enrolment.Start(account.Id, account.UserName!, issuer.Value.Name);
        SealedSeed = Enrolment.SealedSeed;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        if (!await otp.HasActiveResponderAsync(account.Id, cancellationToken))
        {
            return RedirectToPage();
        }
        if (!await OtpProvedRecentlyAsync())
        {
            return LogInAgain();
        }
        if (ModelState.IsValid && await replacement.ReplaceAsync(account, SealedSeed, Code.Trim(), cancellationToken))
        {
            // The new security stamp ends every other session; a fresh cookie keeps this one.
            await signIn.RefreshSignInAsync(account);
            Message = Replaced;
            return RedirectToPage("/Accounts/Profile/Index");
        }
        if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(Code), WrongCode);
        }
        Code = "";
        Enrolment = enrolment.Resume(account.Id, account.UserName!, issuer.Value.Name, SealedSeed);
        SealedSeed = Enrolment.SealedSeed;
        return Page();
    }

    private Task<bool> OtpProvedRecentlyAsync() => OtpSignInMoment.IsRecentAsync(HttpContext, clock, MaximumOtpAge);

    private RedirectResult LogInAgain() => Redirect("/inloggen?terug=" + Uri.EscapeDataString(PagePath));
}
