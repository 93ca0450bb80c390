using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Certificates;
using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Otp.Reenrolment;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Backoffice.Accounts;

/// <summary>
/// The helpdesk finds an account by username or e-mail address: its lock-out, its responders and certificates,
/// unlocking or blocking it, revoking a responder (an app has no serial number to look up elsewhere) or a certificate,
/// and e-mailing a link to register a new OTP responder once the old one is revoked.
/// </summary>
public sealed class IndexModel(
    BeheermoduleDbContext db, ILookupNormalizer normalizer, AccountUnlock unlock, AccountDisabling disabling, ResponderReenrolment reenrolment,
    OtpResponderRevocation responderRevocation, PersonalCertificateRevocation certificateRevocation, TimeProvider clock) : PageModel
{
    /// <summary>One address may hold several accounts; a search shows this many at most.</summary>
    private const int MaxResults = 20;

    public sealed record AccountCard(UserAccount Account, IReadOnlyList<OtpResponder> Responders, IReadOnlyList<PersonalCertificate> Certificates);

    [BindProperty(SupportsGet = true, Name = "zoek")]
    public string? Search { get; set; }

    [BindProperty]
    public string? AccountId { get; set; }

    /// <summary>Why the account is blocked, or a responder or certificate revoked, for the audit trail.</summary>
    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public int ResponderId { get; set; }

    [BindProperty]
    public int CertificateId { get; set; }

    public IReadOnlyList<AccountCard> Accounts { get; private set; } = [];

    public DateTimeOffset Now { get; private set; }

    public string? Message { get; private set; }
    public bool MessageIsError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Message = TempData["BackofficeMessage"] as string;
        MessageIsError = TempData["BackofficeMessageIsError"] is true;
        Now = clock.GetUtcNow();
        if (string.IsNullOrWhiteSpace(Search))
        {
            return;
        }
        var key = normalizer.NormalizeName(Search.Trim());
        var email = normalizer.NormalizeEmail(Search.Trim());
        var accounts = await db.Users.AsNoTracking()
            .Where(u => u.NormalizedUserName == key || u.NormalizedEmail == email)
            .OrderBy(u => u.UserName).Take(MaxResults)
            .ToListAsync(cancellationToken);
        var ids = accounts.Select(a => a.Id).ToList();
        var responders = await db.OtpResponders.AsNoTracking()
            .Where(r => ids.Contains(r.UserAccountId))
            .OrderBy(r => r.Status).ThenByDescending(r => r.CreatedAt)
            .ToListAsync(cancellationToken);
        var certificates = await db.PersonalCertificates.AsNoTracking()
            .Where(c => ids.Contains(c.UserAccountId))
            .OrderByDescending(c => c.RegisteredAt)
            .ToListAsync(cancellationToken);
        Accounts = accounts.Select(a => new AccountCard(
            a, responders.Where(r => r.UserAccountId == a.Id).ToList(), certificates.Where(c => c.UserAccountId == a.Id).ToList())).ToList();
        if (Accounts.Count == 0)
        {
            ModelState.AddModelError(nameof(Search), $"Geen account met gebruikersnaam of e-mailadres '{Search.Trim()}'.");
        }
    }

    public async Task<IActionResult> OnPostUnlockAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(AccountId))
        {
            return NotFound();
        }
        var error = await unlock.UnlockAsync(AccountId, User.Identity!.Name!);
        TempData["BackofficeMessage"] = error ?? "Het account is ontgrendeld: de houder kan direct weer inloggen.";
        TempData["BackofficeMessageIsError"] = error is not null;
        return RedirectToPage(new { zoek = Search });
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (string.IsNullOrEmpty(AccountId))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(Reason))
        {
            TempData["BackofficeMessage"] = "Vul in waarom het account wordt geblokkeerd.";
            TempData["BackofficeMessageIsError"] = true;
            return RedirectToPage(new { zoek = Search });
        }
        var error = await disabling.DisableAsync(AccountId, User.Identity!.Name!, Reason.Trim());
        TempData["BackofficeMessage"] = error ?? "Het account is geblokkeerd: de houder kan niet meer inloggen en is binnen een minuut overal uitgelogd.";
        TempData["BackofficeMessageIsError"] = error is not null;
        return RedirectToPage(new { zoek = Search });
    }

    public async Task<IActionResult> OnPostSendReenrolmentLinkAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(AccountId))
        {
            return NotFound();
        }
        var error = await reenrolment.SendLinkAsync(AccountId, User.Identity!.Name!, cancellationToken);
        TempData["BackofficeMessage"] = error ?? "De link is verstuurd naar het e-mailadres van het account. Hij is 1 uur geldig en werkt één keer.";
        TempData["BackofficeMessageIsError"] = error is not null;
        return RedirectToPage(new { zoek = Search });
    }

    public async Task<IActionResult> OnPostRevokeResponderAsync(CancellationToken cancellationToken)
    {
        if (!await db.OtpResponders.AnyAsync(r => r.Id == ResponderId && r.UserAccountId == AccountId, cancellationToken))
        {
            return NotFound();
        }
        var error = await responderRevocation.RevokeAsync(ResponderId, Reason, User.Identity!.Name!, cancellationToken);
        return Done(error ?? "De responder is ingetrokken. De houder is overal uitgelogd en kan er niet meer mee inloggen.", error is not null);
    }

    public async Task<IActionResult> OnPostRevokeCertificateAsync(CancellationToken cancellationToken)
    {
        if (!await db.PersonalCertificates.AnyAsync(c => c.Id == CertificateId && c.UserAccountId == AccountId, cancellationToken))
        {
            return NotFound();
        }
        var error = await certificateRevocation.RevokeAsync(CertificateId, Reason, User.Identity!.Name!, cancellationToken);
        return Done(error ?? "Het certificaat is ingetrokken. De houder is overal uitgelogd en kan er niet meer mee inloggen.", error is not null);
    }

    private RedirectToPageResult Done(string message, bool isError)
    {
        TempData["BackofficeMessage"] = message;
        TempData["BackofficeMessageIsError"] = isError;
        return RedirectToPage(new { zoek = Search });
    }

    public bool IsLockedOut(UserAccount account) => account.LockoutEnd is { } end && end > Now;
}
