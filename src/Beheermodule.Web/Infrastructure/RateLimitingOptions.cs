using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Web.Infrastructure;

public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Form posts per minute from one IP address, on every page.</summary>
    [Range(1, 100000, ErrorMessage = "RateLimiting:PostsPerMinute must be between 1 and 100000.")]
    public int PostsPerMinute { get; set; } = 60;

    /// <summary>Applications submitted per hour from one IP address.</summary>
    [Range(1, 100000, ErrorMessage = "RateLimiting:SubmissionsPerHour must be between 1 and 100000.")]
    public int SubmissionsPerHour { get; set; } = 10;

    /// <summary>Password and code attempts per 15 minutes from one IP address, over every account.</summary>
    [Range(1, 100000, ErrorMessage = "RateLimiting:SignInAttemptsPerQuarterHour must be between 1 and 100000.")]
    public int SignInAttemptsPerQuarterHour { get; set; } = 30;

    /// <summary>Live password checks (the checklist beside a new password, while typing) per minute from one IP address.</summary>
    [Range(1, 100000, ErrorMessage = "RateLimiting:PasswordChecksPerMinute must be between 1 and 100000.")]
    public int PasswordChecksPerMinute { get; set; } = 60;

    /// <summary>Password and code attempts per 15 minutes for one username, from every IP address together.</summary>
    [Range(1, 100000, ErrorMessage = "RateLimiting:SignInAttemptsPerUserNamePerQuarterHour must be between 1 and 100000.")]
    public int SignInAttemptsPerUserNamePerQuarterHour { get; set; } = 10;
}
