namespace Beheermodule.Web.Accounts;

/// <summary>Only local paths: a "terug" parameter must never send someone to another site after logging in.</summary>
public static class ReturnUrls
{
    public static string Safe(string? returnUrl, string fallback = "/") =>
        !string.IsNullOrEmpty(returnUrl) && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//") && !returnUrl.StartsWith("/\\")
            ? returnUrl
            : fallback;
}
