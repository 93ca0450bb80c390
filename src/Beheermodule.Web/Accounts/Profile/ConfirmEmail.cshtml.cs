using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Profile;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Accounts.Profile;

/// <summary>
/// /profiel/e-mail-bevestigen: the link from the mail to the new address. Opening it changes nothing (mail scanners
/// open links); the signed-in holder applies the change with the button, and only for their own account.
/// </summary>
[Authorize]
public sealed class ConfirmEmailModel(SignInManager<UserAccount> signIn, EmailChange change) : PageModel
{
    public const string LinkRefused = "Deze link werkt niet (meer). Hij is verlopen, al gebruikt, of hoort bij een ander account. Vraag op uw profiel opnieuw een wijziging aan.";
    public const string Taken = "Dit e-mailadres hoort inmiddels bij iemand anders. Uw e-mailadres is niet gewijzigd.";

    [BindProperty(SupportsGet = true, Name = "adres")]
    public string? NewEmail { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public bool LinkWorks { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        LinkWorks = await change.LinkWorksAsync(account, NewEmail, Code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        var outcome = await change.ConfirmAsync(account, NewEmail, Code, cancellationToken);
        if (outcome == EmailChangeOutcome.Done)
        {
            // The change renewed the security stamp, which ends other sessions; a fresh cookie keeps this one.
            await signIn.RefreshSignInAsync(account);
            Message = $"Uw e-mailadres is gewijzigd in {account.Email}.";
            return RedirectToPage("/Accounts/Profile/Index");
        }
        ModelState.AddModelError(string.Empty, outcome == EmailChangeOutcome.Taken ? Taken : LinkRefused);
        LinkWorks = false;
        return Page();
    }
}
