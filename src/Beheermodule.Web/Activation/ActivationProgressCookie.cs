using System.Security.Cryptography;
using System.Text.Json;
using Beheermodule.Core.Activation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Activation;

/// <summary>
/// Keeps an activation's progress in the browser, encrypted and tamper-proof. The expiry inside is read on the
/// injected clock, so a forgotten half activation stops on time in tests as in production.
/// </summary>
public sealed class ActivationProgressCookie(IDataProtectionProvider protection, IOptions<ActivationOptions> options, TimeProvider clock)
{
    public const string Name = "__Host-bm-activering";
    public const string BrowserCookie = "__Host-bm-browser";

    private readonly IDataProtector _protector = protection.CreateProtector("Beheermodule.Activation.Progress.v1");

    public ActivationProgress Start(ActivationCodeCheck valid) =>
        new(valid.ActivationCodeId!.Value, valid.MeansId!.Value, NewExpiry(), IsUpgrade: valid.IsUpgrade);

    /// <summary>When progress written now stops being valid.</summary>
    public DateTime NewExpiry() => clock.GetUtcNow().UtcDateTime.AddMinutes(options.Value.ProgressMinutes);

    public ActivationProgress? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(Name, out var value))
        {
            return null;
        }
        try
        {
            var progress = JsonSerializer.Deserialize<ActivationProgress>(_protector.Unprotect(value));
            return progress is not null && progress.ExpiresAt > clock.GetUtcNow().UtcDateTime ? progress : null;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    public void Write(HttpContext context, ActivationProgress progress) =>
        context.Response.Cookies.Append(Name, _protector.Protect(JsonSerializer.Serialize(progress)), Secure(TimeSpan.FromMinutes(options.Value.ProgressMinutes)));

    public void Clear(HttpContext context) => context.Response.Cookies.Delete(Name, Secure(null));

    /// <summary>A random id for this browser, so wrong codes are counted per browser as well as per address.</summary>
    public static string BrowserId(HttpContext context)
    {
        if (context.Request.Cookies.TryGetValue(BrowserCookie, out var id) && id.Length is >= 16 and <= 64)
        {
            return id;
        }
        id = Base64UrlTextEncoder(RandomNumberGenerator.GetBytes(18));
        context.Response.Cookies.Append(BrowserCookie, id, Secure(TimeSpan.FromDays(365)));
        return id;
    }

    private static string Base64UrlTextEncoder(byte[] bytes) => Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(bytes);

    private static CookieOptions Secure(TimeSpan? maxAge) => new()
    {
        HttpOnly = true,
        Secure = true,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
        MaxAge = maxAge,
    };
}
