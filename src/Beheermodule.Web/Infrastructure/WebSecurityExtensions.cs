using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Infrastructure;

public static class WebSecurityExtensions
{
    public const string SubmissionPolicy = "application-submission";
    public const string PasswordCheckPolicy = "password-check";

    /// <summary>Rate limits: every POST per IP address, stricter ones on submitting an application and signing in, and the password checklist.</summary>
    public static WebApplicationBuilder AddWebSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ProxyOptions>().BindConfiguration(ProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ProxyOptions>>((options, proxy) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                options.KnownProxies.Add(System.Net.IPAddress.Parse(address));
            }
        });
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>>((options, limits) =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsLimitedPost(context)
                    ? RateLimitPartition.GetFixedWindowLimiter($"post:{ClientAddress(context)}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.Value.PostsPerMinute,
                        Window = TimeSpan.FromMinutes(1),
                    })
                    : RateLimitPartition.GetNoLimiter("read"));
            options.AddPolicy(SubmissionPolicy, context =>
                IsLimitedPost(context)
                    ? RateLimitPartition.GetFixedWindowLimiter($"submit:{ClientAddress(context)}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.Value.SubmissionsPerHour,
                        Window = TimeSpan.FromHours(1),
                    })
                    : RateLimitPartition.GetNoLimiter("read"));
            options.AddPolicy(Accounts.AccountsWebExtensions.SignInPolicy, context =>
                IsLimitedPost(context)
                    ? RateLimitPartition.GetFixedWindowLimiter($"sign-in:{ClientAddress(context)}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.Value.SignInAttemptsPerQuarterHour,
                        Window = TimeSpan.FromMinutes(15),
                    })
                    : RateLimitPartition.GetNoLimiter("read"));
            // The live checklist beside a new password: a few requests per field, never the sign-in budget.
            options.AddPolicy(PasswordCheckPolicy, context =>
                RateLimitPartition.GetFixedWindowLimiter($"password-check:{ClientAddress(context)}", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.Value.PasswordChecksPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        return builder;
    }

    /// <summary>A POST, but not the re-execution that renders the friendly 429 page itself.</summary>
    private static bool IsLimitedPost(HttpContext context) =>
        HttpMethods.IsPost(context.Request.Method) && context.Features.Get<IStatusCodeReExecuteFeature>() is null;

    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
