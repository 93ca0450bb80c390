using System.Net;
using System.Net.Sockets;
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
    public const string MailRequestPolicy = "mail-requests";

    /// <summary>
    /// Rate limits per IP address: every POST, stricter ones on submitting an application and on asking for a
    /// mail (a forgotten username or password, a new e-mail address), and the password checklist. Failed sign-ins are limited apart, by counting failures only
    /// (<see cref="Accounts.FailuresPerAddressFilter"/>).
    /// </summary>
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
            options.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait))
                {
                    TooManyRequests.WaitFor(context.HttpContext, wait);
                }
                return ValueTask.CompletedTask;
            };
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
            options.AddPolicy(MailRequestPolicy, context =>
                IsLimitedPost(context)
                    ? RateLimitPartition.GetFixedWindowLimiter($"mail-requests:{ClientAddress(context)}", _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.Value.MailRequestsPerQuarterHour,
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

    /// <summary>
    /// The client as limits count it: one machine's loopback addresses (127.0.0.1, ::1) are one client, an IPv4 address
    /// in IPv6 form is that IPv4 address, and an IPv6 client is its /64 network, which one household or office gets.
    /// </summary>
    public static string ClientAddress(HttpContext context) => ClientAddress(context.Connection.RemoteIpAddress);

    public static string ClientAddress(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (IPAddress.IsLoopback(address))
        {
            return "loopback";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            return new IPAddress(bytes) + "/64";
        }
        return address.ToString();
    }
}
