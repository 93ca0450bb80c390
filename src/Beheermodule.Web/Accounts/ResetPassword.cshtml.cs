using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Core.Accounts.Recovery;
using Beheermodule.Core.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// /inloggen/wachtwoord-herstellen: the page the reset link opens. A new password under the policy, then the person is
/// sent to log in; nobody is signed in here, so the OTP is still asked at the next log-in.
/// </summary>
[LimitFailuresPerAddress]
public sealed class ResetPasswordModel(PasswordReset reset, AccountPasswordContext passwordContext, PasswordPolicy policy) : PageModel
{
    public const string LinkRefusedMessage =
        "Deze link werkt niet (meer). Een link om uw wachtwoord te herstellen is 1 uur geldig en werkt maar één keer. Vraag een nieuwe link aan.";

    [BindProperty(SupportsGet = true, Name = "account")]
    public string? AccountId { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkRefused { get; private set; }

    public NewPasswordField? Field { get; private set; }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
        [Display(Name = "Nieuw wachtwoord")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var account = await reset.AccountForLinkAsync(AccountId, Code);
        if (account is null)
        {
            return await RefuseLinkAsync(cancellationToken);
        }
        Field = await FieldAsync(account, null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var account = await reset.AccountForLinkAsync(AccountId, Code);
            if (account is null)
            {
                return await RefuseLinkAsync(cancellationToken);
            }
            Field = await FieldAsync(account, null, cancellationToken);
            return Page();
        }
        var result = await reset.ResetAsync(AccountId, Code, Input.NewPassword, Actor, cancellationToken);
        switch (result.Outcome)
        {
            case PasswordResetOutcome.Reset:
                return RedirectToPage("/Accounts/ResetPasswordDone");
            case PasswordResetOutcome.LinkRefused:
                LinkRefused = true;
                return Page();
            default:
                foreach (var problem in result.Problems)
                {
                    ModelState.AddModelError("Input.NewPassword", problem);
                }
                var account = await reset.AccountForLinkAsync(AccountId, Code);
                if (account is null)
                {
                    return await RefuseLinkAsync(cancellationToken);
                }
                Field = await FieldAsync(account, Input.NewPassword, cancellationToken);
                return Page();
        }
    }

    private AuditActor Actor => AuditActor.Anonymous(HttpContext.Connection.RemoteIpAddress?.ToString());

    private async Task<IActionResult> RefuseLinkAsync(CancellationToken cancellationToken)
    {
        await reset.RecordRefusedLinkAsync(Actor, cancellationToken);
        LinkRefused = true;
        return Page();
    }

    private async Task<NewPasswordField> FieldAsync(UserAccount account, string? typed, CancellationToken cancellationToken) =>
        NewPasswordField.For(policy, "Input.NewPassword", await passwordContext.ForAsync(account, cancellationToken), typed);
}
