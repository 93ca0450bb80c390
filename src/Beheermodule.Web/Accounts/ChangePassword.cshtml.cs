using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Passwords;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Accounts;

/// <summary>/profiel/wachtwoord: a signed-in person changes their own password, with the current one first.</summary>
[Authorize]
[LimitFailuresPerAddress]
public sealed class ChangePasswordModel(SignInManager<UserAccount> signIn, PasswordChange change, AccountPasswordContext passwordContext, PasswordPolicy policy) : PageModel
{
    public const string WrongCurrentPassword = "Uw huidige wachtwoord klopt niet.";
    public const string Changed = "Uw wachtwoord is gewijzigd. Wij hebben u hierover ook een e-mail gestuurd.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public NewPasswordField Field { get; private set; } = null!;

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Vul uw huidige wachtwoord in.")]
        [Display(Name = "Huidig wachtwoord")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
        [Display(Name = "Nieuw wachtwoord")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        Field = await FieldAsync(account, null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await signIn.UserManager.GetUserAsync(User) is not { } account)
        {
            return Challenge();
        }
        if (!ModelState.IsValid)
        {
            Field = await FieldAsync(account, null, cancellationToken);
            return Page();
        }
        var result = await change.ChangeAsync(account, Input.CurrentPassword, Input.NewPassword, cancellationToken);
        if (result.Outcome == PasswordChangeOutcome.Changed)
        {
            // The new security stamp would end this session at its next check; a fresh cookie keeps the person in.
            await signIn.RefreshSignInAsync(account);
            Message = Changed;
            return RedirectToPage();
        }
        if (result.Outcome == PasswordChangeOutcome.WrongCurrentPassword)
        {
            ModelState.AddModelError("Input.CurrentPassword", WrongCurrentPassword);
        }
        foreach (var problem in result.Problems)
        {
            ModelState.AddModelError("Input.NewPassword", problem);
        }
        Field = await FieldAsync(account, result.Outcome == PasswordChangeOutcome.Refused ? Input.NewPassword : null, cancellationToken);
        return Page();
    }

    private async Task<NewPasswordField> FieldAsync(UserAccount account, string? typed, CancellationToken cancellationToken) =>
        NewPasswordField.For(policy, "Input.NewPassword", await passwordContext.ForAsync(account, cancellationToken), typed);
}
