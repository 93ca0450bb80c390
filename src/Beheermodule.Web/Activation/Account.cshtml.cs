using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Core.Activation;
using Beheermodule.Core.Data;
using Beheermodule.Web.Accounts;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Activation;

/// <summary>
/// Step 2: a new account of the holder's own choosing, or an existing account of the same person. The aanmeldcode
/// is used up at the moment the account is bound.
/// </summary>
public sealed class AccountModel(
    ActivationProgressCookie cookie, ActivationSequence sequence, AccountBinding binding, SignInTiming timing, UserNameSignInLimiter limiter,
    ILookupNormalizer normalizer, PasswordPolicy policy, BeheermoduleDbContext db)
    : ActivationPageModel(cookie, sequence)
{
    public const string CodeGone = "Deze aanmeldcode is inmiddels gebruikt of niet meer geldig. Er is geen account aan het middel gekoppeld.";
    public const string UpgradeNeedsOwnAccount =
        "Dit is een opwaardering van een middel dat u al gebruikt. Log in met het account waarmee u dat middel nu gebruikt; een ander of nieuw account kan niet.";

    public override ActivationStep Step => ActivationStep.ChooseAccount;

    [BindProperty]
    public NewAccountInput NewAccount { get; set; } = new();

    [BindProperty]
    public ExistingAccountInput ExistingAccount { get; set; } = new();

    /// <summary>Which of the two forms was sent, so the page opens with that one.</summary>
    public bool ChoseExisting { get; private set; }

    /// <summary>An upgrade (rule 13) keeps the means' account: the page then only offers logging in with it.</summary>
    public bool IsUpgrade => Progress.IsUpgrade;

    public string HolderName { get; private set; } = "";
    public string HolderEmail { get; private set; } = "";
    public string OrganisationName { get; private set; } = "";

    /// <summary>The password with the policy's checklist beside it; the username is read from its field as it is typed.</summary>
    public NewPasswordField PasswordField { get; private set; } = null!;

    public sealed class NewAccountInput
    {
        [Required(ErrorMessage = "Kies een gebruikersnaam.")]
        [StringLength(64, MinimumLength = 3, ErrorMessage = "Een gebruikersnaam heeft 3 tot 64 tekens.")]
        [RegularExpression(@"^[A-Za-z0-9._@+-]+$", ErrorMessage = "Gebruik alleen letters zonder accent, cijfers en de tekens . _ - @ +.")]
        [Display(Name = "Gebruikersnaam")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Kies een wachtwoord.")]
        [DataType(DataType.Password)]
        [Display(Name = "Wachtwoord")]
        public string Password { get; set; } = "";

        [Required(ErrorMessage = "Typ het wachtwoord nog een keer.")]
        [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
        [DataType(DataType.Password)]
        [Display(Name = "Wachtwoord nog een keer")]
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class ExistingAccountInput
    {
        [Required(ErrorMessage = "Vul uw gebruikersnaam in.")]
        [Display(Name = "Gebruikersnaam")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        [DataType(DataType.Password)]
        [Display(Name = "Wachtwoord")]
        public string Password { get; set; } = "";

        [Display(Name = "Code uit uw authenticator-app of OTP-token")]
        public string? Code { get; set; }
    }

    public async Task OnGetAsync()
    {
        ChoseExisting = IsUpgrade;
        await LoadHolderAsync(typedPassword: null);
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        ModelState.KeepOnlyEntriesOf(nameof(NewAccount));
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        var result = await binding.CreateAccountAsync(Progress, NewAccount.UserName.Trim(), NewAccount.Password);
        switch (result.Outcome)
        {
            case BindingOutcome.Bound:
                return await NextStepAsync(Progress with { UserAccountId = result.UserAccountId });
            case BindingOutcome.UpgradeNeedsOwnAccount:
                ModelState.AddModelError("ExistingAccount.UserName", UpgradeNeedsOwnAccount);
                ChoseExisting = true;
                break;
            case BindingOutcome.EmailInUse:
                ModelState.AddModelError("NewAccount.UserName",
                    "Er is al een account met uw e-mailadres. Log hieronder in met dat account; het middel komt er dan bij.");
                ChoseExisting = true;
                break;
            case BindingOutcome.AccountRefused:
                foreach (var error in result.Errors)
                {
                    var field = error.Code.Contains("UserName", StringComparison.Ordinal) ? "NewAccount.UserName" : "NewAccount.Password";
                    ModelState.AddModelError(field, error.Description);
                }
                break;
            default:
                return CodeNoLongerValid();
        }
        return await RedisplayAsync();
    }

    public async Task<IActionResult> OnPostLinkAsync()
    {
        ModelState.KeepOnlyEntriesOf(nameof(ExistingAccount));
        ChoseExisting = true;
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync();
        }
        // The same budget per username as the log-in page, so this form is no side door for guessing passwords.
        if (!limiter.TryAcquire(normalizer.NormalizeName(ExistingAccount.UserName.Trim())))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var result = await binding.LinkExistingAccountAsync(Progress, ExistingAccount.UserName.Trim(), ExistingAccount.Password, ExistingAccount.Code?.Trim());
        switch (result.Outcome)
        {
            case BindingOutcome.Bound:
                return await NextStepAsync(Progress with { UserAccountId = result.UserAccountId });
            case BindingOutcome.UnknownAccount:
                timing.SpendOnUnknownUser(ExistingAccount.Password);
                ModelState.AddModelError("ExistingAccount.Password", LoginModel.WrongCredentials);
                break;
            case BindingOutcome.WrongCredentials:
                ModelState.AddModelError("ExistingAccount.Password", LoginModel.WrongCredentials);
                break;
            case BindingOutcome.WrongOtp:
                ModelState.AddModelError("ExistingAccount.Code", "Uw account heeft een OTP-responder. Typ de code die uw app of token nu toont.");
                break;
            case BindingOutcome.UpgradeNeedsOwnAccount:
                ModelState.AddModelError("ExistingAccount.UserName", UpgradeNeedsOwnAccount);
                break;
            case BindingOutcome.HolderMismatch:
                ModelState.AddModelError("ExistingAccount.UserName",
                    $"{result.Reason} Een middel kan alleen bij een account van de houder zelf. Maak hierboven een nieuw account aan.");
                break;
            default:
                return CodeNoLongerValid();
        }
        return await RedisplayAsync();
    }

    private IActionResult CodeNoLongerValid()
    {
        ProgressCookie.Clear(HttpContext);
        TempData["ActivationMessage"] = CodeGone;
        return RedirectToPage("/Activation/Index");
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        ChoseExisting |= IsUpgrade;
        var typed = ChoseExisting ? null : NewAccount.Password;
        NewAccount.Password = NewAccount.ConfirmPassword = "";
        ExistingAccount.Password = "";
        ExistingAccount.Code = null;
        await LoadHolderAsync(typed);
        return Page();
    }


    private async Task LoadHolderAsync(string? typedPassword)
    {
        var means = await db.Means.AsNoTracking().Where(m => m.Id == Progress.MeansId)
            .Select(m => new { m.HolderInitials, m.HolderSurname, m.HolderEmail, m.Organisation.Name }).SingleAsync();
        HolderName = $"{means.HolderInitials} {means.HolderSurname}";
        HolderEmail = means.HolderEmail;
        OrganisationName = means.Name;
        PasswordField = NewPasswordField.For(policy, "NewAccount.Password", new PasswordContext(NewAccount.UserName, [means.Name]), typedPassword) with
        {
            Label = "Wachtwoord",
            UserNameField = "NewAccount.UserName",
        };
    }
}
