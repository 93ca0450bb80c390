using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.Registration;

public sealed class RegistrationOptions
{
    public const string Section = "Registration";

    /// <summary>EH1 left the trust framework in 2021; the issuer may still offer it.</summary>
    public bool Eh1Enabled { get; set; } = true;

    /// <summary>How long a wizard draft lives after its last change.</summary>
    [Range(typeof(TimeSpan), "00:10:00", "30.00:00:00", ErrorMessage = "Registration:DraftLifetime must be between 10 minutes and 30 days.")]
    public TimeSpan DraftLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An EH1 application not confirmed within this time expires.</summary>
    [Range(typeof(TimeSpan), "01:00:00", "90.00:00:00", ErrorMessage = "Registration:ConfirmationLifetime must be between 1 hour and 90 days.")]
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromDays(7);

    [Range(1, 500, ErrorMessage = "Registration:MaxUsersPerApplication must be between 1 and 500.")]
    public int MaxUsersPerApplication { get; set; } = 50;

    /// <summary>Reference numbers read PREFIX-YEAR-NUMBER.</summary>
    [RegularExpression("^[A-Z]{2,6}$", ErrorMessage = "Registration:ReferencePrefix must be 2 to 6 capital letters.")]
    public string ReferencePrefix { get; set; } = "EH";
}
