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

    /// <summary>Requests that send a mail (a forgotten username or password, a new e-mail address) per 15 minutes from one IP address.</summary>
    [Range(1, 100000, ErrorMessage = "RateLimiting:MailRequestsPerQuarterHour must be between 1 and 100000.")]
    public int MailRequestsPerQuarterHour { get; set; } = 30;

    /// <summary>
    /// Failed passwords, OTP codes, links and certificates per 15 minutes from one IP address, over every account.
    /// Only failures count, and the limit is high: an office of fifty behind one address must be able to activate
    /// and log in; each account has its own strict lockout.
    /// </summary>
    [Range(1, 100000, ErrorMessage = "RateLimiting:FailedSignInsPerAddressPerQuarterHour must be between 1 and 100000.")]
    public int FailedSignInsPerAddressPerQuarterHour { get; set; } = 100;

    /// <summary>Failed passwords, OTP codes, links and certificates per 24 hours from one IP address.</summary>
    [Range(1, 1000000, ErrorMessage = "RateLimiting:FailedSignInsPerAddressPerDay must be between 1 and 1000000.")]
    public int FailedSignInsPerAddressPerDay { get; set; } = 1000;

    /// <summary>Live password checks (the checklist beside a new password, while typing) per minute from one IP address.</summary>
    [Range(1, 100000, ErrorMessage = "RateLimiting:PasswordChecksPerMinute must be between 1 and 100000.")]
    public int PasswordChecksPerMinute { get; set; } = 60;

    /// <summary>Password and code attempts per 15 minutes for one username, from every IP address together.</summary>
    [Range(1, 100000, ErrorMessage = "RateLimiting:SignInAttemptsPerUserNamePerQuarterHour must be between 1 and 100000.")]
    public int SignInAttemptsPerUserNamePerQuarterHour { get; set; } = 10;
}
