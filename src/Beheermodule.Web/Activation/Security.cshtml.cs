using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Activation;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Otp;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

using Beheermodule.Web.Otp;

namespace Beheermodule.Web.Activation;

/// <summary>Step 3 (EH2+ and up): the holder's own OTP responder, proved by a current code.</summary>
public sealed class SecurityModel(
    ActivationProgressCookie cookie, ActivationSequence sequence, AuthenticatorEnrolment enrolment, FactorRegistration factors,
    BeheermoduleDbContext db, IOptions<IssuerOptions> issuer)
    : ActivationPageModel(cookie, sequence)
{
    public const string WrongCode = "De code klopt niet. Controleer of de tijd op uw telefoon klopt en typ de code die de app nu toont.";

    public override ActivationStep Step => ActivationStep.EnrolResponder;

    [BindProperty]
    [Required(ErrorMessage = "Vul de code van 6 cijfers in die uw app nu toont.")]
    [Display(Name = "Code uit de app")]
    public string Code { get; set; } = "";

    [BindProperty]
    public string SealedSeed { get; set; } = "";

    [BindProperty]
    public HardwareTokenInput Token { get; set; } = new();

    /// <summary>Which form was sent, so the page opens with that one.</summary>
    public bool ChoseToken { get; private set; }

    public AuthenticatorEnrolment.Challenge Enrolment { get; private set; } = null!;

    public async Task OnGetAsync()
    {
        var userName = await UserNameAsync();
        Enrolment = enrolment.Start(Progress.UserAccountId!, userName, issuer.Value.Name);
        SealedSeed = Enrolment.SealedSeed;
    }

    public async Task<IActionResult> OnPostAuthenticatorAsync()
    {
        ModelState.KeepOnlyEntriesOf(nameof(Code));
        if (ModelState.IsValid && await factors.EnrolAuthenticatorAsync(Progress, SealedSeed, Code.Trim()))
        {
            return await NextStepAsync(Progress);
        }
        if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(Code), WrongCode);
        }
        return await RedisplayAsync();
    }

    public async Task<IActionResult> OnPostTokenAsync()
    {
        ChoseToken = true;
        ModelState.KeepOnlyEntriesOf(nameof(Token));
        if (ModelState.IsValid && await factors.EnrolHardwareTokenAsync(Progress, Token.SerialNumber, Token.Code.Trim()))
        {
            return await NextStepAsync(Progress);
        }
        if (ModelState.IsValid)
        {
            ModelState.AddModelError("Token.Code", HardwareTokenEnrolment.Refusal);
        }
        Token.Code = "";
        return await RedisplayAsync();
    }

    private async Task<IActionResult> RedisplayAsync()
    {
        Code = "";
        var userName = await UserNameAsync();
        Enrolment = enrolment.Resume(Progress.UserAccountId!, userName, issuer.Value.Name, SealedSeed);
        SealedSeed = Enrolment.SealedSeed;
        return Page();
    }


    private Task<string> UserNameAsync() =>
        db.Users.Where(u => u.Id == Progress.UserAccountId).Select(u => u.UserName!).SingleAsync();
}
