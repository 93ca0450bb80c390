namespace Beheermodule.Web.Registration;

/// <summary>
/// The browser's key to its draft: a random token, persistent for the draft's lifetime, so a closed tab reopened
/// the next morning finds everything back. The server holds only its hash.
/// </summary>
public static class DraftCookie
{
    public const string Name = "bm-aanvraag";

    public static string? Read(HttpRequest request) => request.Cookies[Name];

    public static void Write(HttpResponse response, string token, TimeSpan lifetime) =>
        response.Cookies.Append(Name, token, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = lifetime,
            Path = "/",
        });

    public static void Delete(HttpResponse response) => response.Cookies.Delete(Name, new CookieOptions { Path = "/" });
}
