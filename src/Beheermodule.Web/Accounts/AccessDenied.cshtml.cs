using Beheermodule.Core.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Accounts;

/// <summary>Signed in, but not allowed here. Staff who skipped the authenticator step are sent back to it.</summary>
public sealed class AccessDeniedModel : PageModel
{
    [BindProperty(SupportsGet = true, Name = "terug")]
    public string? ReturnUrl { get; set; }

    public IActionResult OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        var isStaff = StaffRoles.All.Any(User.IsInRole);
        var hasSecondFactor = User.HasClaim(AccountsWebExtensions.MultiFactorClaim, AccountsWebExtensions.MultiFactorValue);
        if (isStaff && !hasSecondFactor)
        {
            return RedirectToPage("/Accounts/EnrolAuthenticator", new { terug = ReturnUrl });
        }
        return Page();
    }
}
