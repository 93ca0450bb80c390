using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.Accounts.Passwords;

public sealed class PasswordPolicyOptions
{
    public const string Section = "Passwords";

    /// <summary>The issuer's own rule 6: 8 to 16 characters, letters, digits and at most one special character.</summary>
    public const string Connectis = "connectis";

    /// <summary>The trust framework's rule: at least 8, lower and upper case, a digit, a special, no reuse.</summary>
    public const string Afsprakenstelsel = "afsprakenstelsel";

    [AllowedValues(Connectis, Afsprakenstelsel, ErrorMessage = "Passwords:Preset must be connectis or afsprakenstelsel.")]
    public string Preset { get; set; } = Connectis;

    /// <summary>How many earlier passwords are kept per account; afsprakenstelsel refuses reusing any of them.</summary>
    [Range(1, 24, ErrorMessage = "Passwords:HistoryDepth must be between 1 and 24.")]
    public int HistoryDepth { get; set; } = 5;
}
