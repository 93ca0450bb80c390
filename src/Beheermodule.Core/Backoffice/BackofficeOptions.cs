using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.Backoffice;

public sealed class BackofficeOptions
{
    public const string Section = "Backoffice";

    /// <summary>Rush applications received by this time (local) leave the same working day (rule 14).</summary>
    [Required(ErrorMessage = "Backoffice:RushCutOff is required (HH:mm).")]
    [RegularExpression(@"^([01]\d|2[0-3]):[0-5]\d$", ErrorMessage = "Backoffice:RushCutOff must be a time as HH:mm, for example 15:00.")]
    public string RushCutOff { get; set; } = "15:00";

    /// <summary>The issuer's time zone, for the cut-off and for dates on screens and letters.</summary>
    [Required(ErrorMessage = "Backoffice:TimeZone is required, for example Europe/Amsterdam.")]
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>How long the machtigingen asked for in an application are valid once approved: 1, 3 or 5 years.</summary>
    [AllowedValues(1, 3, 5, ErrorMessage = "Backoffice:InitialAuthorizationYears must be 1, 3 or 5.")]
    public int InitialAuthorizationYears { get; set; } = 3;

    /// <summary>Rows per page in the queue.</summary>
    [Range(10, 500, ErrorMessage = "Backoffice:PageSize must be between 10 and 500.")]
    public int PageSize { get; set; } = 50;

    public TimeOnly CutOffTime => TimeOnly.ParseExact(RushCutOff, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
