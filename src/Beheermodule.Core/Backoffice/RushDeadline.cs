using Beheermodule.Core.Registration;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Backoffice;

/// <summary>
/// Rule 14: a complete rush application is processed the working day its contract arrives, by the cut-off time.
/// A contract recorded on a weekend counts from the next Monday.
/// </summary>
public sealed class RushDeadline(IOptions<BackofficeOptions> options)
{
    public DateTime For(DateOnly contractReceivedOn)
    {
        var day = contractReceivedOn;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }
        var local = day.ToDateTime(options.Value.CutOffTime, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, options.Value.Zone);
    }

    /// <summary>Past the deadline while the helpdesk still has work on it (checking, or letters not yet printed).</summary>
    public bool IsOverdue(DateOnly contractReceivedOn, ApplicationStatus status, DateTime now) =>
        status is ApplicationStatus.UnderReview or ApplicationStatus.Incomplete or ApplicationStatus.Approved
        && now > For(contractReceivedOn);

    /// <summary>Today in the issuer's time zone: the default "contract received" date.</summary>
    public DateOnly Today(DateTime now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, options.Value.Zone));
}
