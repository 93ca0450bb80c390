using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Core.ActivationLetters;

public sealed class ActivationCodeOptions
{
    public const string Section = "ActivationCodes";

    public const int MinimumHashKeyBytes = 32;

    /// <summary>
    /// Base64 secret for <see cref="ActivationCodeHasher"/>; at least 32 random bytes, kept out of the database.
    /// No default: an installation that forgot it must not start with a key everyone can read in the source.
    /// </summary>
    [Required(ErrorMessage = "ActivationCodes:HashKey is required: a base64 key of at least 32 random bytes (openssl rand -base64 32).")]
    public string? HashKey { get; set; }

    /// <summary>Days a code stays usable after its letter is printed or its e-mail sent (rule 4: 30).</summary>
    [Range(1, 365, ErrorMessage = "ActivationCodes:ValidityDays must be between 1 and 365.")]
    public int ValidityDays { get; set; } = 30;

    /// <summary>The moment a code issued at <paramref name="issuedAt"/> stops working: exactly ValidityDays later.</summary>
    public DateTime ExpiresAt(DateTime issuedAt) => issuedAt.AddDays(ValidityDays);
}
