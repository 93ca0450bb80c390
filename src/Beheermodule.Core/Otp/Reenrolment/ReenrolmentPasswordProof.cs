using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Beheermodule.Core.Otp.Reenrolment;

/// <summary>
/// That the person with the link typed the account's password moments ago: the account and the moment, encrypted,
/// carried by the browser from the password step to the enrolment step. Nothing is signed in with it.
/// </summary>
public sealed class ReenrolmentPasswordProof(IDataProtectionProvider protection, TimeProvider clock)
{
    /// <summary>As long as an enrolment's QR code stays valid: enough to scan it and type a code.</summary>
    public static readonly TimeSpan ValidFor = OtpSeedProtector.EnrolmentLifetime;

    private readonly IDataProtector _protector = protection.CreateProtector("Beheermodule.Otp.ReenrolmentPasswordProof.v1");

    public string Seal(string userAccountId) =>
        _protector.Protect($"{userAccountId}|{clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");

    /// <summary>True when <paramref name="proof"/> was made for this account less than <see cref="ValidFor"/> ago.</summary>
    public bool Holds(string? proof, string userAccountId)
    {
        if (string.IsNullOrEmpty(proof))
        {
            return false;
        }
        try
        {
            var parts = _protector.Unprotect(proof).Split('|');
            if (parts.Length != 2 || parts[0] != userAccountId || !long.TryParse(parts[1], CultureInfo.InvariantCulture, out var madeAt))
            {
                return false;
            }
            var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(madeAt);
            return age >= TimeSpan.Zero && age <= ValidFor;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }
}
