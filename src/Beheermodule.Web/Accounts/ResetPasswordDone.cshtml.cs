using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Accounts;

/// <summary>/inloggen/wachtwoord-hersteld: the confirmation after a reset; it sends the person to log in.</summary>
public sealed class ResetPasswordDoneModel : PageModel
{
    public void OnGet()
    {
    }
}
