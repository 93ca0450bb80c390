using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Otp.Reenrolment;
using Beheermodule.Web.Accounts;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Otp;

/// <summary>
/// /otp-responder/opnieuw: the page the helpdesk's link opens. First the account's password (failures count towards
/// the lock-out as at log-in, and the same rate limits apply), then a new authenticator app or a token from stock,
/// proved with a code. Nobody is signed in here: the next log-in asks the new responder's code.
/// </summary>
[LimitFailuresPerAddress]
public sealed class ReenrolModel(
    ResponderReenrolment reenrolment, ReenrolmentPasswordProof proof, SignInManager<UserAccount> signIn, UserNameSignInLimiter limiter,
    AuthenticatorEnrolment enrolment, IOptions<IssuerOptions> issuer, TimeProvider clock) : PageModel
{
    /// <summary>Carries the password proof to the enrolment step; the prefix keeps it to this host, over HTTPS.</summary>
    public const string ProofCookie = "__Host-bm-otp-opnieuw";

    public const string WrongPassword = "Het wachtwoord klopt niet. Na vijf mislukte pogingen wordt uw account enkele minuten geblokkeerd.";
    public const string WrongCode = "De code klopt niet. Controleer of de tijd op uw telefoon klopt en typ de code die de app nu toont.";
    public const string Enrolled = "Uw nieuwe OTP-responder is gekoppeld. Log in met uw wachtwoord en een code uit uw nieuwe app of token.";

    [BindProperty(SupportsGet = true, Name = "account")]
    public string? AccountId { get; set; }

    /// <summary>The link's token; not "code", which is the name of the responder's code in the form.</summary>
    [BindProperty(SupportsGet = true, Name = "sleutel")]
    public string? LinkToken { get; set; }

    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Vul de code van 6 cijfers in die uw app nu toont.")]
    [Display(Name = "Code uit de app")]
    public string Code { get; set; } = "";

    [BindProperty]
    public string SealedSeed { get; set; } = "";

    [BindProperty]
    public HardwareTokenInput Token { get; set; } = new();

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Vul uw wachtwoord in.")]
        [Display(Name = "Wachtwoord")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }

    public bool LinkRefused { get; private set; }

    /// <summary>The link's values, carried by every form on the page.</summary>
    public IReadOnlyDictionary<string, string?> LinkFields => new Dictionary<string, string?> { ["account"] = AccountId, ["sleutel"] = LinkToken };

    /// <summary>The account's username, shown so the holder knows which password to type.</summary>
    public string UserName { get; private set; } = "";

    /// <summary>Set once the password is proved: the page then shows the enrolment step.</summary>
    public AuthenticatorEnrolment.Challenge? Enrolment { get; private set; }

    /// <summary>Which enrolment form was sent, so the page opens with that one.</summary>
    public bool ChoseToken { get; private set; }

    public string HelpdeskPhone => issuer.Value.HelpdeskPhone;

    public string HelpdeskHours => issuer.Value.HelpdeskHours;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await LinkedAccountAsync() is not { } account)
        {
            return await RefuseLinkAsync(cancellationToken);
        }
        if (PasswordProved(account))
        {
            Enrolment = enrolment.Start(account.Id, account.UserName!, issuer.Value.Name);
            SealedSeed = Enrolment.SealedSeed;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        ModelState.KeepOnlyEntriesOf(nameof(Input));
        if (await LinkedAccountAsync() is not { } account)
        {
            return await RefuseLinkAsync(cancellationToken);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        if (!limiter.TryAcquire(signIn.UserManager.NormalizeName(account.UserName!)))
        {
            return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var result = await signIn.CheckPasswordSignInAsync(account, Input.Password, lockoutOnFailure: true);
        await reenrolment.RecordPasswordAsync(account, result.Succeeded, cancellationToken);
        Input.Password = "";
        if (!result.Succeeded)
        {
            ModelState.AddModelError("Input.Password", WrongPassword);
            return Page();
        }
        Response.Cookies.Append(ProofCookie, proof.Seal(account.Id), new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Strict,
            Path = "/",
            Expires = clock.GetUtcNow() + ReenrolmentPasswordProof.ValidFor,
        });
        return RedirectToPage(new { account = AccountId, sleutel = LinkToken });
    }

    public async Task<IActionResult> OnPostAuthenticatorAsync(CancellationToken cancellationToken)
    {
        ModelState.KeepOnlyEntriesOf(nameof(Code));
        if (await LinkedAccountAsync() is not { } account)
        {
            return await RefuseLinkAsync(cancellationToken);
        }
        if (!PasswordProved(account))
        {
            return RedirectToPage(new { account = AccountId, sleutel = LinkToken });
        }
        if (ModelState.IsValid && await reenrolment.EnrolAuthenticatorAsync(account, SealedSeed, Code.Trim(), cancellationToken))
        {
            return Done();
        }
        if (ModelState.IsValid)
        {
            ModelState.AddModelError(nameof(Code), WrongCode);
        }
        return Redisplay(account);
    }

    public async Task<IActionResult> OnPostTokenAsync(CancellationToken cancellationToken)
    {
        ChoseToken = true;
        ModelState.KeepOnlyEntriesOf(nameof(Token));
        if (await LinkedAccountAsync() is not { } account)
        {
            return await RefuseLinkAsync(cancellationToken);
        }
        if (!PasswordProved(account))
        {
            return RedirectToPage(new { account = AccountId, sleutel = LinkToken });
        }
        if (ModelState.IsValid && await reenrolment.EnrolHardwareTokenAsync(account, Token.SerialNumber, Token.Code.Trim(), cancellationToken))
        {
            return Done();
        }
        if (ModelState.IsValid)
        {
            ModelState.AddModelError("Token.Code", HardwareTokenEnrolment.Refusal);
        }
        Token.Code = "";
        return Redisplay(account);
    }

    private async Task<UserAccount?> LinkedAccountAsync()
    {
        var account = await reenrolment.AccountForLinkAsync(AccountId, LinkToken);
        UserName = account?.UserName ?? "";
        return account;
    }

    private bool PasswordProved(UserAccount account) => proof.Holds(Request.Cookies[ProofCookie], account.Id);

    private IActionResult Redisplay(UserAccount account)
    {
        Code = "";
        Enrolment = enrolment.Resume(account.Id, account.UserName!, issuer.Value.Name, SealedSeed);
        SealedSeed = Enrolment.SealedSeed;
        return Page();
    }

    private IActionResult Done()
    {
        Response.Cookies.Delete(ProofCookie, new CookieOptions { Secure = true, Path = "/" });
        TempData[LoginModel.NoticeKey] = Enrolled;
        return RedirectToPage("/Accounts/Login");
    }

    private async Task<IActionResult> RefuseLinkAsync(CancellationToken cancellationToken)
    {
        await reenrolment.RecordRefusedLinkAsync(AuditActor.Anonymous(HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        LinkRefused = true;
        return Page();
    }
}
