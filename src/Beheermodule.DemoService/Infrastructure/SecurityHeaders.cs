using Microsoft.Extensions.Options;

namespace Beheermodule.DemoService.Infrastructure;

/// <summary>The same strict headers as Beheermodule itself.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var authority = context.RequestServices.GetRequiredService<IOptions<DemoServiceOptions>>().Value.Authority;
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = Policy(authority);
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XFrameOptions = "DENY";
                return Task.CompletedTask;
            });
            await next();
        });

    // The log-out form ends in a redirect to the provider's end-session endpoint, and browsers hold form redirects to form-action.
    private static string Policy(string authority) =>
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        $"form-action 'self' {new Uri(authority).GetLeftPart(UriPartial.Authority)}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
}
