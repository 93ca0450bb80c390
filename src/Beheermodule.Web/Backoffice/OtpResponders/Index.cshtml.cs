using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Backoffice.OtpResponders;

/// <summary>
/// Rule 7 at the helpdesk: whose a token is, from its serial number; checking a code read out on the phone, bringing
/// an HOTP token back in step, and revoking a responder.
/// </summary>
public sealed class IndexModel(OtpResponderLookup lookup, OtpHelpdeskCheck check, OtpResponderResynchronisation resynchronisation, OtpResponderRevocation revocation) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "serienummer")]
    public string? Serial { get; set; }

    [BindProperty]
    public string? CheckCode { get; set; }

    [BindProperty]
    public string? FirstCode { get; set; }

    [BindProperty]
    public string? SecondCode { get; set; }

    [BindProperty]
    public string? RevocationReason { get; set; }

    public OtpTokenCard? Card { get; private set; }

    public string? Message { get; private set; }
    public bool MessageIsError { get; private set; }

    private string Staff => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (TempData["BackofficeMessage"] is string message)
        {
            Message = message;
            MessageIsError = TempData["BackofficeMessageIsError"] is true;
        }
        if (string.IsNullOrWhiteSpace(Serial))
        {
            return Page();
        }
        Card = await lookup.FindAsync(Serial, cancellationToken);
        if (Card is null)
        {
            ModelState.AddModelError(nameof(Serial), $"Geen token met serienummer {Serial.Trim()} in de voorraad of in gebruik. Controleer het nummer op de achterkant.");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        if (TotpCode.Normalise(CheckCode) is null)
        {
            ModelState.AddModelError(nameof(CheckCode), "Typ de 6 cijfers die de houder voorleest.");
            return await RedisplayAsync(cancellationToken);
        }
        if (await check.CheckAsync(Serial, CheckCode, Staff, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }
        return Done($"Controle van de code: {outcome.DisplayName()}.", isError: outcome != OtpHelpdeskCheckOutcome.Matches);
    }

    public async Task<IActionResult> OnPostResynchroniseAsync(CancellationToken cancellationToken)
    {
        if (TotpCode.Normalise(FirstCode) is null)
        {
            ModelState.AddModelError(nameof(FirstCode), "Typ de eerste code: 6 cijfers.");
        }
        if (TotpCode.Normalise(SecondCode) is null)
        {
            ModelState.AddModelError(nameof(SecondCode), "Typ de tweede code: 6 cijfers.");
        }
        if (await ActiveResponderAsync(cancellationToken) is not { } responder)
        {
            return NotFound();
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(cancellationToken);
        }
        if (await resynchronisation.ResynchroniseAsync(responder.Id, FirstCode, SecondCode, Staff, cancellationToken) is { } error)
        {
            ModelState.AddModelError(nameof(SecondCode), error);
            return await RedisplayAsync(cancellationToken);
        }
        return Done("Het token is gesynchroniseerd: de volgende code werkt weer.");
    }

    public async Task<IActionResult> OnPostRevokeAsync(CancellationToken cancellationToken)
    {
        if (await ActiveResponderAsync(cancellationToken) is not { } responder)
        {
            return NotFound();
        }
        if (await revocation.RevokeAsync(responder.Id, RevocationReason, Staff, cancellationToken) is { } error)
        {
            ModelState.AddModelError(nameof(RevocationReason), error);
            return await RedisplayAsync(cancellationToken);
        }
        return Done("De responder is ingetrokken. De houder is overal uitgelogd en kan er niet meer mee inloggen.");
    }

    private async Task<OtpResponder?> ActiveResponderAsync(CancellationToken cancellationToken) =>
        (await lookup.FindAsync(Serial, cancellationToken))?.Responder is { Status: OtpResponderStatus.Active } responder ? responder : null;

    private RedirectToPageResult Done(string message, bool isError = false)
    {
        TempData["BackofficeMessage"] = message;
        TempData["BackofficeMessageIsError"] = isError;
        return RedirectToPage(new { serienummer = Card?.Token.SerialNumber ?? HardwareTokenSerial.Normalise(Serial) });
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        Card = await lookup.FindAsync(Serial, cancellationToken);
        return Card is null ? NotFound() : Page();
    }
}
