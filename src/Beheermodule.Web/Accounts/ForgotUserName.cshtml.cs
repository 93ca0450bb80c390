using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts.Recovery;
using Beheermodule.Core.Audit;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Beheermodule.Web.Accounts;

/// <summary>/inloggen/gebruikersnaam-vergeten: the usernames e-mailed to the address typed (rule 8).</summary>
[EnableRateLimiting(WebSecurityExtensions.MailRequestPolicy)]
public sealed class ForgotUserNameModel(UserNameReminder reminder) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul uw e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.")]
    [StringLength(254, ErrorMessage = "Een e-mailadres heeft hoogstens 254 tekens.")]
    [Display(Name = "E-mailadres")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        await reminder.SendAsync(Email, AuditActor.Anonymous(HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        // The same answer for a known and an unknown address.
        Sent = true;
        return Page();
    }
}
