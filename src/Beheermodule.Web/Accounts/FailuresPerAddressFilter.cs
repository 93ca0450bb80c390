using Beheermodule.Core.Throttling;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Accounts;

/// <summary>Limits the failures per IP address on a page that checks a password, an OTP code, a link or a certificate.</summary>
public sealed class LimitFailuresPerAddressAttribute() : TypeFilterAttribute(typeof(FailuresPerAddressFilter));

/// <summary>
/// Each post is counted in the database before the page checks anything, and the count is taken back unless the page
/// recorded a failure (<see cref="RequestFailures"/>): successes never use up the budget, so a whole office behind
/// one address can activate and log in, while a guesser who tries many accounts meets the limit. Over the limit the
/// page answers 429, shown as "Even geduld" with the wait.
/// </summary>
public sealed class FailuresPerAddressFilter(FailureLedger ledger, RequestFailures failures, IOptions<RateLimitingOptions> options) : IAsyncPageFilter
{
    public static readonly TimeSpan Wait = TimeSpan.FromMinutes(15);

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method))
        {
            await next();
            return;
        }
        var limits = options.Value;
        var attempt = await ledger.CountAttemptAsync(
            [new FailureLimit("sign-in-address:" + WebSecurityExtensions.ClientAddress(http), limits.FailedSignInsPerAddressPerQuarterHour, limits.FailedSignInsPerAddressPerDay)],
            http.RequestAborted);
        if (!attempt.Allowed)
        {
            TooManyRequests.WaitFor(http, Wait);
            context.Result = new StatusCodeResult(StatusCodes.Status429TooManyRequests);
            return;
        }
        try
        {
            await next();
        }
        finally
        {
            if (!failures.Any)
            {
                await ledger.ForgiveAsync(attempt, CancellationToken.None);
            }
        }
    }
}
