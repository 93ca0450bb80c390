using OtpNet;

namespace Beheermodule.Core.Otp;

/// <summary>
/// RFC 4226 codes for hardware tokens that count presses instead of time: 6 digits, a look-ahead of 10 presses (a
/// token pressed without logging in runs ahead), and resynchronisation by two consecutive codes when it ran further.
/// </summary>
public static class HotpCode
{
    public const int LookAhead = 10;

    /// <summary>How far resynchronisation searches; two codes in a row this far ahead are still found.</summary>
    public const int ResynchronisationWindow = 1000;

    public static string Compute(byte[] seed, long counter) => new Hotp(seed, OtpHashMode.Sha1, TotpCode.Digits).ComputeHOTP(counter);

    /// <summary>
    /// The counter <paramref name="code"/> was made with, searching from <paramref name="nextCounter"/> (the first one
    /// not used yet) up to <see cref="LookAhead"/> further; null when none matches. Tolerates spaces.
    /// </summary>
    public static long? MatchingCounter(byte[] seed, string? code, long nextCounter) =>
        Find(seed, TotpCode.Normalise(code), nextCounter, LookAhead);

    /// <summary>
    /// Whether <paramref name="code"/> is one of the <see cref="LookAhead"/> codes just before <paramref name="nextCounter"/>:
    /// a code used already, which someone may have watched being typed.
    /// </summary>
    public static bool IsRecentlyUsed(byte[] seed, string? code, long nextCounter) =>
        Find(seed, TotpCode.Normalise(code), Math.Max(0, nextCounter - LookAhead - 1), LookAhead) < nextCounter;

    /// <summary>
    /// A token that ran beyond the look-ahead: two codes typed one after the other must match two consecutive
    /// counters within <see cref="ResynchronisationWindow"/>. Returns the counter of the second code, or null.
    /// </summary>
    public static long? Resynchronise(byte[] seed, string? firstCode, string? secondCode, long nextCounter)
    {
        var first = TotpCode.Normalise(firstCode);
        var second = TotpCode.Normalise(secondCode);
        if (first is null || second is null)
        {
            return null;
        }
        var hotp = new Hotp(seed, OtpHashMode.Sha1, TotpCode.Digits);
        for (var counter = nextCounter; counter < nextCounter + ResynchronisationWindow; counter++)
        {
            if (hotp.VerifyHotp(first, counter) && hotp.VerifyHotp(second, counter + 1))
            {
                return counter + 1;
            }
        }
        return null;
    }

    private static long? Find(byte[] seed, string? digits, long from, int count)
    {
        if (digits is null)
        {
            return null;
        }
        var hotp = new Hotp(seed, OtpHashMode.Sha1, TotpCode.Digits);
        for (var counter = from; counter <= from + count; counter++)
        {
            if (hotp.VerifyHotp(digits, counter))
            {
                return counter;
            }
        }
        return null;
    }
}
