using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Activation;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Activation;

/// <summary>
/// Step 0 of rule 5: the aanmeldcode from the letter. Wrong codes are counted per browser and per address and
/// audited; an unknown code gets one generic answer.
/// </summary>
public sealed class IndexModel(
    ActivationCodeRedemption redemption, ActivationAttemptLimiter limiter, ActivationProgressCookie cookie, AuditLog audit, BeheermoduleDbContext db) : PageModel
{
    public const string UnknownCode = "Deze aanmeldcode kennen wij niet. Controleer de code op uw brief en typ hem opnieuw.";
    public const string ExpiredCode = "De aanmeldcode is verlopen.";
    public const string UsedCode = "Deze aanmeldcode is al gebruikt. Uw middel is dus al geactiveerd: log in met uw account.";
    public const string RevokedCode = "Deze aanmeldcode is vervangen door een nieuwe. Gebruik de code uit uw nieuwste brief.";
    public const string TooManyAttempts = "U heeft te vaak een verkeerde aanmeldcode ingevuld. Probeer het over een kwartier opnieuw.";

    [BindProperty]
    [Required(ErrorMessage = "Vul de aanmeldcode van uw brief in.")]
    [Display(Name = "Aanmeldcode")]
    public string Code { get; set; } = "";

    /// <summary>Set when the code has expired: the page then offers a new letter.</summary>
    public bool OfferNewLetter { get; private set; }

    public bool HasActivationInProgress { get; private set; }

    public void OnGet()
    {
        HasActivationInProgress = cookie.Read(HttpContext) is not null;
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var address = WebSecurityExtensions.ClientAddress(HttpContext);
        var actor = AuditActor.Anonymous(address);
        var attempt = await limiter.CountAttemptAsync(ActivationProgressCookie.BrowserId(HttpContext), address);
        if (!attempt.Allowed)
        {
            audit.Record(actor, "activation-code.entered", AuditOutcome.Refused, details: "Te veel verkeerde codes.");
            await db.SaveChangesAsync();
            ModelState.AddModelError(nameof(Code), TooManyAttempts);
            return Page();
        }
        var check = await redemption.CheckAsync(Code);
        if (check.Outcome != ActivationCodeCheckOutcome.Valid)
        {
            audit.Record(actor, "activation-code.entered", AuditOutcome.Refused, details: check.MeansId is { } means ? $"{check.Outcome} (middel {means})." : "Onbekende code.");
            await db.SaveChangesAsync();
            OfferNewLetter = check.Outcome == ActivationCodeCheckOutcome.Expired;
            ModelState.AddModelError(nameof(Code), check.Outcome switch
            {
                ActivationCodeCheckOutcome.Expired => ExpiredCode,
                ActivationCodeCheckOutcome.Used => UsedCode,
                ActivationCodeCheckOutcome.Revoked => RevokedCode,
                _ => UnknownCode,
            });
            return Page();
        }
        await limiter.ForgiveAsync(attempt);
        audit.Record(actor, "activation-code.entered", details: $"Geldige code voor middel {check.MeansId}.");
        await db.SaveChangesAsync();
        cookie.Write(HttpContext, cookie.Start(check));
        return RedirectToPage("/Activation/Holder");
    }
}
