using Beheermodule.Core.Mutations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Backoffice.Mutations;

/// <summary>Rule 10: staff enter a signed SEPA form; the bank account changes when the mutation is carried out.</summary>
public sealed class BankAccountModel(MutationIntake intake) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string? KvkNumber { get; set; }
        public string? Iban { get; set; }
        public string? Remark { get; set; }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await intake.RecordBankAccountAsync(Input.KvkNumber, Input.Iban, Input.Remark, User.Identity!.Name!, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError($"Input.{error.Field}", error.Message);
            }
            return Page();
        }
        TempData["BackofficeMessage"] = $"SEPA-formulier vastgelegd als mutatie {result.Mutation!.Reference}. Controleer de gegevens en voer de mutatie uit.";
        return RedirectToPage("/Backoffice/Mutations/Mutation", new { id = result.Mutation.Id });
    }
}
