using Beheermodule.Core.ServiceLogin;

namespace Beheermodule.Web.Infrastructure;

/// <summary>Headers every response carries. An endpoint that sets its own CSP (the development mail viewer) keeps it.</summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>
    /// The policy with the registered services' origins in "form-action": a log-in form's redirect chain ends at the
    /// service, and browsers check the whole chain against it.
    /// </summary>
    public static string ContentSecurityPolicyWith(IReadOnlyList<string> serviceOrigins) =>
        serviceOrigins.Count == 0
            ? ContentSecurityPolicy
            : ContentSecurityPolicy.Replace("form-action 'self';", $"form-action 'self' {string.Join(' ', serviceOrigins)};", StringComparison.Ordinal);

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var origins = context.RequestServices.GetRequiredService<ServiceClientOrigins>();
            context.Response.OnStarting(async () =>
            {
                var headers = context.Response.Headers;
                if (!headers.ContainsKey("Content-Security-Policy"))
                {
                    headers.ContentSecurityPolicy = ContentSecurityPolicyWith(await origins.AllAsync(context.RequestAborted));
                }
                headers.XContentTypeOptions = "nosniff";
                // Status and confirmation links carry their token in the path: never leak it to another site.
                headers["Referrer-Policy"] = "no-referrer";
                if (!headers.ContainsKey("X-Frame-Options"))
                {
                    headers.XFrameOptions = "DENY";
                }
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
            });
            await next();
        });
}
