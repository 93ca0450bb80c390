using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// When the session last proved the OTP responder, kept in the session cookie's properties rather than as a claim:
/// the properties survive the security-stamp check and a refreshed sign-in, claims added at sign-in do not.
/// </summary>
public static class OtpSignInMoment
{
    private const string Key = "bm-otp-at";

    public static void Write(AuthenticationProperties properties, DateTimeOffset moment) =>
        properties.Items[Key] = moment.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public static async Task<DateTimeOffset?> ReadAsync(HttpContext context)
    {
        var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        return session.Properties?.Items.TryGetValue(Key, out var text) == true
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;
    }

    /// <summary>True when the OTP was proved no longer than <paramref name="maximumAge"/> ago.</summary>
    public static async Task<bool> IsRecentAsync(HttpContext context, TimeProvider clock, TimeSpan maximumAge)
    {
        var now = clock.GetUtcNow();
        return await ReadAsync(context) is { } moment && moment <= now && now - moment <= maximumAge;
    }
}
