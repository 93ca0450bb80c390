namespace Beheermodule.Core.Accounts;

/// <summary>
/// How the session was signed in, as one claim (<see cref="ClaimType"/>) that a service log-in can hold against the
/// level it needs: a password alone (EH1, EH2), password and OTP code (up to EH3), or the personal certificate
/// (EH4). One value per session rather than more "amr" values: Identity's refresh keeps only the first "amr" claim,
/// and the staff policy reads "amr" = "mfa".
/// </summary>
public static class SignInMethod
{
    public const string ClaimType = "bm:sign-in-method";

    public const string Password = "pwd";
    public const string PasswordAndOtp = "pwd+otp";
    public const string Certificate = "cert";
}
