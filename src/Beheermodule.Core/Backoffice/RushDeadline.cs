using Beheermodule.Core.Registration;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Backoffice;

/// <summary>
/// Rule 14: a complete rush application is processed the working day its contract arrives, by the cut-off time.
/// A contract recorded on a weekend counts from the next Monday.
/// </summary>
public sealed class RushDeadline(IOptions<BackofficeOptions> options)
{
    // Parsed once: the queue asks for a deadline on every rush row of every page.
    private readonly TimeOnly _cutOff = options.Value.CutOffTime;
    private readonly TimeZoneInfo _zone = options.Value.Zone;

    public DateTime For(DateOnly contractReceivedOn)
    {
        var day = contractReceivedOn;
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }
        var local = day.ToDateTime(_cutOff, DateTimeKind.Unspecified);
        return TimeZoneInfo.ConvertTimeToUtc(local, _zone);
    }

    /// <summary>Past the deadline while the helpdesk still has work on it (checking, or letters not yet printed).</summary>
    public bool IsOverdue(DateOnly contractReceivedOn, ApplicationStatus status, DateTime now) =>
        status is ApplicationStatus.UnderReview or ApplicationStatus.Incomplete or ApplicationStatus.Approved
        && now > For(contractReceivedOn);

    /// <summary>Today in the issuer's time zone: the default "contract received" date.</summary>
    public DateOnly Today(DateTime now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, _zone));
}
