using System.Globalization;

namespace Beheermodule.Web.Infrastructure;

/// <summary>How long a refused client must wait: sent as Retry-After and shown on the "Even geduld" page.</summary>
public static class TooManyRequests
{
    private const string ItemKey = "bm:retry-after";

    public static void WaitFor(HttpContext context, TimeSpan wait)
    {
        context.Items[ItemKey] = wait;
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
    }

    public static TimeSpan? WaitOf(HttpContext context) => context.Items.TryGetValue(ItemKey, out var wait) ? (TimeSpan?)wait : null;

    /// <summary>"over een minuut", "over 15 minuten"; "over een paar minuten" when the wait is not known.</summary>
    public static string Describe(TimeSpan? wait)
    {
        if (wait is not { } known)
        {
            return "over een paar minuten";
        }
        var minutes = (int)Math.Ceiling(known.TotalMinutes);
        return minutes <= 1 ? "over een minuut" : $"over {minutes} minuten";
    }
}
