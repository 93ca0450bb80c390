using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts.Recovery;
using Beheermodule.Core.Audit;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Beheermodule.Web.Accounts;

/// <summary>/inloggen/wachtwoord-vergeten: a link to choose a new password, e-mailed to the account's address (rule 8).</summary>
[EnableRateLimiting(WebSecurityExtensions.MailRequestPolicy)]
public sealed class ForgotPasswordModel(PasswordReset reset) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw gebruikersnaam in.")]
        [StringLength(256, ErrorMessage = "Een gebruikersnaam heeft hoogstens 256 tekens.")]
        [Display(Name = "Gebruikersnaam")]
        public string UserName { get; set; } = "";
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await reset.SendLinkAsync(Input.UserName, AuditActor.Anonymous(HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        // The same answer for a known and an unknown user name.
        Sent = true;
        return Page();
    }
}
