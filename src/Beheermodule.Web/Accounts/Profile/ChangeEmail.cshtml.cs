using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Profile;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace Beheermodule.Web.Accounts.Profile;

/// <summary>/profiel/e-mail: rule 9, a holder asks to change their own address; a link to the new address applies it.</summary>
[Authorize]
[EnableRateLimiting(WebSecurityExtensions.MailRequestPolicy)]
public sealed class ChangeEmailModel(UserManager<UserAccount> users, EmailChange change) : PageModel
{
    public const string Taken = "Dit e-mailadres hoort bij iemand anders. U kunt alleen een adres gebruiken dat van uzelf is.";
    public const string Unchanged = "Dit is al uw e-mailadres. Vul het nieuwe adres in.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? CurrentEmail { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw nieuwe e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.")]
        [StringLength(254, ErrorMessage = "Een e-mailadres is hoogstens 254 tekens.")]
        [Display(Name = "Nieuw e-mailadres")]
        public string NewEmail { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        CurrentEmail = account.Email;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await users.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        CurrentEmail = account.Email;
        if (!ModelState.IsValid)
        {
            return Page();
        }
        switch (await change.RequestAsync(account, Input.NewEmail, cancellationToken))
        {
            case EmailChangeOutcome.Taken:
                ModelState.AddModelError("Input.NewEmail", Taken);
                return Page();
            case EmailChangeOutcome.Unchanged:
                ModelState.AddModelError("Input.NewEmail", Unchanged);
                return Page();
        }
        Message = $"Wij hebben een e-mail met een bevestigingslink gestuurd naar {Input.NewEmail.Trim()}. Uw e-mailadres verandert pas als u op die link klikt; de link werkt 24 uur.";
        return RedirectToPage("/Accounts/Profile/Index");
    }
}
