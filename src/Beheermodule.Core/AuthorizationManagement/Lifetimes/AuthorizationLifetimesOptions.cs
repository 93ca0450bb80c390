using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.AuthorizationManagement.Lifetimes;

/// <summary>The daily check of machtigingen and aanmeldcodes: when reminders go out, when unused machtigingen lapse.</summary>
public sealed class AuthorizationLifetimesOptions
{
    public const string Section = "AuthorizationLifetimes";

    /// <summary>Days before a machtiging's end date that the first reminder goes to its holder and the beheerders.</summary>
    [Range(2, 365, ErrorMessage = "AuthorizationLifetimes:FirstReminderDays must be between 2 and 365.")]
    public int FirstReminderDays { get; set; } = 60;

    /// <summary>Days before the end date of the second, last reminder; fewer than <see cref="FirstReminderDays"/>.</summary>
    [Range(1, 364, ErrorMessage = "AuthorizationLifetimes:SecondReminderDays must be between 1 and 364.")]
    public int SecondReminderDays { get; set; } = 14;

    /// <summary>Months without use after which an active machtiging lapses (afsprakenstelsel: 24).</summary>
    [Range(1, 120, ErrorMessage = "AuthorizationLifetimes:LapseMonths must be between 1 and 120.")]
    public int LapseMonths { get; set; } = 24;

    /// <summary>Days before an unused aanmeldcode expires that its legal representatives are told how to get a new letter.</summary>
    [Range(1, 60, ErrorMessage = "AuthorizationLifetimes:CodeWarningDays must be between 1 and 60.")]
    public int CodeWarningDays { get; set; } = 5;

    /// <summary>How often each instance checks whether today's run has been done.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "AuthorizationLifetimes:CheckInterval must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long one instance holds the run; when it dies mid-run, another takes over after this.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00", ErrorMessage = "AuthorizationLifetimes:LeaseDuration must be between 00:01:00 and 1.00:00:00.")]
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(30);
}
