using System.Globalization;
using System.Security.Claims;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Accounts;

/// <summary>A sign-in the second factor asks for but the account cannot give: it has no active OTP responder.</summary>
public sealed class ResponderMissingResult : SignInResult;

/// <summary>
/// Identity's sign-in with this issuer's rules: the OTP step is decided by <see cref="SecondFactorRequirement"/>,
/// not by Identity's TwoFactorEnabled flag; a holder who needs the step but has no responder is not signed in
/// (staff are, to enrol one, and no staff page opens before they have); every session carries its sign-in moment,
/// and the moment its OTP was last proved (<see cref="OtpSignInMoment"/>), set only by a real code check, and how it
/// was signed in (<see cref="SignInMethod"/>). The EH4 certificate is a complete sign-in of its own.
/// </summary>
public sealed class AccountSignInManager(
    UserManager<UserAccount> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<UserAccount> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<UserAccount>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<UserAccount> confirmation,
    SecondFactorRequirement requirement,
    OtpVerifier otp,
    TimeProvider clock)
    : SignInManager<UserAccount>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private bool _codeJustChecked;

    /// <summary>The method of the sign-in under way; null when a session is only refreshed.</summary>
    private string? _method;

    /// <summary>Set while one sign-in is decided, so Identity's own call to <see cref="IsTwoFactorEnabledAsync"/> asks nothing twice.</summary>
    private (string UserId, bool Required, bool HasResponder)? _deciding;

    public override async Task<bool> IsTwoFactorEnabledAsync(UserAccount user)
    {
        var (required, hasResponder) = await SecondFactorAsync(user);
        return required && hasResponder;
    }

    protected override async Task<SignInResult> SignInOrTwoFactorAsync(UserAccount user, bool isPersistent, string? loginProvider = null, bool bypassTwoFactor = false)
    {
        var (required, hasResponder) = await SecondFactorAsync(user);
        if (!bypassTwoFactor && required && !hasResponder && !await requirement.IsStaffAsync(user.Id))
        {
            return new ResponderMissingResult();
        }
        _deciding = (user.Id, required, hasResponder);
        try
        {
            return await base.SignInOrTwoFactorAsync(user, isPersistent, loginProvider, bypassTwoFactor);
        }
        finally
        {
            _deciding = null;
        }
    }

    private async Task<(bool Required, bool HasResponder)> SecondFactorAsync(UserAccount user) =>
        _deciding is { } known && known.UserId == user.Id
            ? (known.Required, known.HasResponder)
            : (await requirement.IsRequiredAsync(user.Id), await otp.HasActiveResponderAsync(user.Id));

    /// <summary>
    /// Identity answers a locked account before looking at the password; the hash work is done anyway, so the time
    /// the answer takes does not give the lockout away either (the words are the same as for a wrong password).
    /// </summary>
    public override async Task<SignInResult> CheckPasswordSignInAsync(UserAccount user, string password, bool lockoutOnFailure)
    {
        if (user.PasswordHash is { } hash && await UserManager.IsLockedOutAsync(user))
        {
            UserManager.PasswordHasher.VerifyHashedPassword(user, hash, password);
        }
        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    public override async Task<SignInResult> PasswordSignInAsync(UserAccount user, string password, bool isPersistent, bool lockoutOnFailure)
    {
        _method = SignInMethod.Password;
        try
        {
            return await base.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
        }
        finally
        {
            _method = null;
        }
    }

    public override async Task<SignInResult> TwoFactorSignInAsync(string provider, string code, bool isPersistent, bool rememberClient)
    {
        _codeJustChecked = true;
        _method = SignInMethod.PasswordAndOtp;
        try
        {
            return await base.TwoFactorSignInAsync(provider, code, isPersistent, rememberClient);
        }
        finally
        {
            _codeJustChecked = false;
            _method = null;
        }
    }

    /// <summary>
    /// EH4: the TLS connection proved the holder has the private key of a registered certificate (on a smartcard,
    /// behind its PIN), which is every factor the level needs, so no OTP step follows. A locked or blocked account,
    /// and one Identity would not sign in, are refused as with a password; success starts the lockout count over.
    /// </summary>
    public async Task<SignInResult> CertificateSignInAsync(UserAccount user)
    {
        if (await PreSignInCheck(user) is { } refused)
        {
            return refused;
        }
        await ResetLockout(user);
        _method = SignInMethod.Certificate;
        try
        {
            await SignInWithClaimsAsync(user, isPersistent: false, []);
        }
        finally
        {
            _method = null;
        }
        return SignInResult.Success;
    }

    public override Task SignInWithClaimsAsync(UserAccount user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        if (_method is not null)
        {
            // Only a new, complete sign-in counts as a log-in; a refresh or the re-sign-in after enrolling an
            // authenticator does not, nor does a password still waiting for its code (that never gets here). The page
            // saves it together with its "account.signed-in" audit event.
            user.LastSignedInAt = clock.GetUtcNow().UtcDateTime;
        }
        if (_codeJustChecked)
        {
            authenticationProperties ??= new AuthenticationProperties();
            OtpSignInMoment.Write(authenticationProperties, clock.GetUtcNow());
        }
        var claims = additionalClaims.Where(c => c.Type is not (SessionLifetime.SignedInAtClaim or SignInMethod.ClaimType)).Append(SignedInAt(user)).ToList();
        if (MethodOf(user, claims) is { } method)
        {
            claims.Add(new Claim(SignInMethod.ClaimType, method));
        }
        return base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }

    /// <summary>
    /// The sign-in under way names its method; enrolling an authenticator proves a code too (it signs in again with
    /// "amr" = "mfa"); a refresh keeps the method the session was signed in with.
    /// </summary>
    private string? MethodOf(UserAccount user, IEnumerable<Claim> claims) =>
        _method
        ?? (claims.Any(c => c.Type == AccountsWebExtensions.MultiFactorClaim && c.Value == AccountsWebExtensions.MultiFactorValue) ? SignInMethod.PasswordAndOtp : null)
        ?? EarlierInThisSession(user, SignInMethod.ClaimType);

    /// <summary>
    /// A new sign-in starts the 12-hour clock; signing the same person in again within the session (after enrolling
    /// an authenticator, or a refresh) keeps the moment they first signed in.
    /// </summary>
    private Claim SignedInAt(UserAccount user)
    {
        var earlier = EarlierInThisSession(user, SessionLifetime.SignedInAtClaim);
        return new Claim(SessionLifetime.SignedInAtClaim, earlier ?? clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
    }

    private string? EarlierInThisSession(UserAccount user, string claimType) =>
        Context.User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id ? Context.User.FindFirstValue(claimType) : null;
}
