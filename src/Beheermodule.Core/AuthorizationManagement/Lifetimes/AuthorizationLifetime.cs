using Beheermodule.Core.Authorizations;

namespace Beheermodule.Core.AuthorizationManagement.Lifetimes;

/// <summary>The dated rules of one machtiging: when it expires, when it lapses, which reminder is due. Dates are Dutch calendar days.</summary>
public sealed class AuthorizationLifetime(AuthorizationLifetimesOptions options)
{
    /// <summary>Valid through its end date: it expires the day after, not on the day itself.</summary>
    public static bool IsExpiredOn(Authorization authorization, DateOnly today) =>
        authorization.IsCurrent && today > authorization.ValidUntil;

    /// <summary>
    /// The day it was last used; never used, the day it could first be used: its start date, or its holder's
    /// activation when that came later.
    /// </summary>
    public static DateOnly LastActivityOn(Authorization authorization, DateOnly? lastUsedOn, DateOnly? activatedOn)
    {
        if (lastUsedOn is { } used)
        {
            return used;
        }
        return activatedOn is { } activated && activated > authorization.ValidFrom ? activated : authorization.ValidFrom;
    }

    /// <summary>An active machtiging lapses once it has gone <see cref="AuthorizationLifetimesOptions.LapseMonths"/> months unused.</summary>
    public bool HasLapsedOn(Authorization authorization, DateOnly lastActivityOn, DateOnly today) =>
        authorization.Status == AuthorizationStatus.Active && today >= lastActivityOn.AddMonths(options.LapseMonths);

    /// <summary>
    /// The reminder to send today, if any. Each goes once; the first is skipped when the end date is already
    /// within the second's reach (granted late, or the job did not run for a while).
    /// </summary>
    public ExpiryReminder? DueReminder(Authorization authorization, DateOnly today)
    {
        if (!authorization.IsCurrent || today > authorization.ValidUntil)
        {
            return null;
        }
        var daysLeft = authorization.ValidUntil.DayNumber - today.DayNumber;
        if (daysLeft <= options.SecondReminderDays)
        {
            return authorization.Reminder14SentAt is null ? ExpiryReminder.Second : null;
        }
        if (daysLeft <= options.FirstReminderDays)
        {
            return authorization.Reminder60SentAt is null ? ExpiryReminder.First : null;
        }
        return null;
    }

    /// <summary>Marks the reminder sent, so the next run does not send it again.</summary>
    public static void MarkSent(Authorization authorization, ExpiryReminder reminder, DateTime now)
    {
        if (reminder == ExpiryReminder.First)
        {
            authorization.Reminder60SentAt = now;
        }
        else
        {
            authorization.Reminder14SentAt = now;
        }
        authorization.Touch();
    }

    /// <summary>Ends it by the daily check (expired or lapsed).</summary>
    public static void End(Authorization authorization, AuthorizationStatus status, DateTime now)
    {
        authorization.Status = status;
        authorization.EndedAt = now;
        authorization.EndedBy = AuthorizationLifetimes.EndedBy;
        authorization.Touch();
    }
}

public enum ExpiryReminder
{
    /// <summary>60 days before the end date (by default).</summary>
    First = 1,

    /// <summary>14 days before the end date (by default).</summary>
    Second = 2,
}
