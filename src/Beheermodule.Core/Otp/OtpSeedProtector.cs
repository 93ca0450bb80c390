using Microsoft.AspNetCore.DataProtection;

namespace Beheermodule.Core.Otp;

/// <summary>Encrypts OTP seeds at rest, and seals a seed being enrolled so it can travel in a form without being read.</summary>
public sealed class OtpSeedProtector(IDataProtectionProvider provider, TimeProvider clock)
{
    private readonly IDataProtector _atRest = provider.CreateProtector("Beheermodule.Otp.Seed.v1");
    private readonly IDataProtector _enrolment = provider.CreateProtector("Beheermodule.Otp.Enrolment.v1");

    /// <summary>How long a person has to scan the QR code and type the first code.</summary>
    public static readonly TimeSpan EnrolmentLifetime = TimeSpan.FromMinutes(15);

    public string Protect(byte[] seed) => _atRest.Protect(Convert.ToBase64String(seed));

    public byte[] Unprotect(string protectedSeed) => Convert.FromBase64String(_atRest.Unprotect(protectedSeed));

    /// <summary>A pending enrolment's seed, bound to the account so another person cannot finish it.</summary>
    public string SealForEnrolment(byte[] seed, string userAccountId) =>
        _enrolment.Protect($"{userAccountId}|{(clock.GetUtcNow() + EnrolmentLifetime).ToUnixTimeSeconds()}|{Convert.ToBase64String(seed)}");

    public byte[]? OpenEnrolment(string? sealedSeed, string userAccountId)
    {
        if (string.IsNullOrEmpty(sealedSeed))
        {
            return null;
        }
        try
        {
            var parts = _enrolment.Unprotect(sealedSeed).Split('|');
            if (parts.Length != 3 || parts[0] != userAccountId || !long.TryParse(parts[1], out var expiresAt)
                || clock.GetUtcNow().ToUnixTimeSeconds() > expiresAt)
            {
                return null;
            }
            return Convert.FromBase64String(parts[2]);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
