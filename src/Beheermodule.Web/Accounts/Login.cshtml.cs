using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Beheermodule.Core.Throttling;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// First step of logging in: username and password. A locked account hears the same as a wrong password. Per IP
/// address the rate limiter policy counts attempts, per username <see cref="UserNameSignInLimiter"/>.
/// </summary>
[LimitFailuresPerAddress]
public sealed class LoginModel(SignInManager<UserAccount> signIn, OtpVerifier otp, SignInTiming timing, UserNameSignInLimiter limiter, AuditLog audit,
    BeheermoduleDbContext db, SignInContinuation continuation, RequestFailures failures) : PageModel
{
    public const string WrongCredentials = "De gebruikersnaam of het wachtwoord klopt niet.";

    /// <summary>TempData key for a message from a page that sends the person here to log in, such as a new OTP responder.</summary>
    public const string NoticeKey = "LoginNotice";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "terug")]
    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw gebruikersnaam in.")]
        [Display(Name = "Gebruikersnaam")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        [Display(Name = "Wachtwoord")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!limiter.TryAcquire(signIn.UserManager.NormalizeName(Input.UserName.Trim())))
        {
            TooManyRequests.WaitFor(HttpContext, UserNameSignInLimiter.Window);
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var user = await signIn.UserManager.FindByNameAsync(Input.UserName.Trim());
        if (user is null)
        {
            timing.SpendOnUnknownUser(Input.Password);
            return await RefuseAsync(Input.UserName.Trim());
        }
        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("/Accounts/LoginCode", new { terug = ReturnUrl });
        }
        if (result is ResponderMissingResult && await continuation.ResumeActivationAsync(HttpContext, user) is { } resumed)
        {
            return resumed;
        }
        if (result is ResponderMissingResult)
        {
            audit.Record(AuditActor.Account(user.UserName!), "account.sign-in", AuditOutcome.Refused, details: "geen actieve OTP-responder");
            await db.SaveChangesAsync();
            return RedirectToPage("/Accounts/NoResponder");
        }
        if (!result.Succeeded)
        {
            return await RefuseAsync(user.UserName!, result.IsLockedOut ? "vergrendeld" : null);
        }
        audit.Record(AuditActor.Account(user.UserName!), "account.signed-in", details: "wachtwoord");
        await db.SaveChangesAsync();
        if (await IsStaffWithoutResponderAsync(user))
        {
            return RedirectToPage("/Accounts/EnrolAuthenticator", new { terug = ReturnUrl });
        }
        return await continuation.ContinueAsync(this, user, ReturnUrl);
    }

    private async Task<bool> IsStaffWithoutResponderAsync(UserAccount user)
    {
        var roles = await signIn.UserManager.GetRolesAsync(user);
        return roles.Any(StaffRoles.All.Contains) && !await otp.HasActiveResponderAsync(user.Id);
    }

    private async Task<IActionResult> RefuseAsync(string userName, string? reason = null)
    {
        failures.Record();
        audit.Record(AuditActor.Account(userName), "account.sign-in", AuditOutcome.Refused, details: reason ?? "wachtwoord onjuist of onbekende gebruiker");
        await db.SaveChangesAsync();
        ModelState.AddModelError(string.Empty, WrongCredentials);
        Input.Password = "";
        return Page();
    }
}
