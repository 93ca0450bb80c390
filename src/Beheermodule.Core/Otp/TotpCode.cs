using OtpNet;

namespace Beheermodule.Core.Otp;

/// <summary>RFC 6238 codes: 6 digits, 30-second steps, one step of clock skew either way.</summary>
public static class TotpCode
{
    public const int Digits = 6;
    public const int StepSeconds = 30;

    /// <summary>The time step the code matches, or null. Tolerates spaces, as apps show "123 456".</summary>
    public static long? MatchingStep(byte[] seed, string? code, DateTimeOffset now)
    {
        var digits = Normalise(code);
        if (digits is null)
        {
            return null;
        }
        var totp = new Totp(seed, StepSeconds, OtpHashMode.Sha1, Digits);
        return totp.VerifyTotp(now.UtcDateTime, digits, out var step, new VerificationWindow(previous: 1, future: 1)) ? step : null;
    }

    public static string Compute(byte[] seed, DateTimeOffset now) =>
        new Totp(seed, StepSeconds, OtpHashMode.Sha1, Digits).ComputeTotp(now.UtcDateTime);

    public static string? Normalise(string? code)
    {
        var digits = new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray());
        return digits.Length == Digits && digits.All(char.IsAsciiDigit) ? digits : null;
    }
}
