using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.Activation;

/// <summary>Limits on typing aanmeldcodes, and how long a started activation stays open.</summary>
public sealed class ActivationOptions
{
    public const string Section = "Activation";

    /// <summary>Wrong codes per browser within 15 minutes before further attempts are refused.</summary>
    [Range(1, 1000, ErrorMessage = "Activation:FailedAttemptsPerQuarterHour must be between 1 and 1000.")]
    public int FailedAttemptsPerQuarterHour { get; set; } = 5;

    /// <summary>Wrong codes per browser within 24 hours.</summary>
    [Range(1, 100_000, ErrorMessage = "Activation:FailedAttemptsPerDay must be between 1 and 100000.")]
    public int FailedAttemptsPerDay { get; set; } = 100;

    /// <summary>
    /// Wrong codes per IP address within 15 minutes: high, as a whole office may activate behind one address, and
    /// a guesser who throws away cookies still meets it (a code has 12 characters of 31).
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Activation:FailedAttemptsPerAddressPerQuarterHour must be between 1 and 100000.")]
    public int FailedAttemptsPerAddressPerQuarterHour { get; set; } = 100;

    /// <summary>Wrong codes per IP address within 24 hours.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Activation:FailedAttemptsPerAddressPerDay must be between 1 and 1000000.")]
    public int FailedAttemptsPerAddressPerDay { get; set; } = 1000;

    /// <summary>Minutes a started activation stays open in the browser; after that the code is typed again.</summary>
    [Range(5, 24 * 60, ErrorMessage = "Activation:ProgressMinutes must be between 5 and 1440.")]
    public int ProgressMinutes { get; set; } = 60;
}
