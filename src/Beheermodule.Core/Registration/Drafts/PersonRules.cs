using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Beheermodule.Core.Registration.Drafts;

/// <summary>Field rules for a person in an application, with the Dutch messages shown beside the field.</summary>
public static partial class PersonRules
{
    public const int MinimumAgeOfRepresentative = 18;
    public const int MinimumAgeOfUser = 16;

    public static string? InitialsError(string? initials) =>
        string.IsNullOrWhiteSpace(initials) ? "Vul de voorletters in."
        : !InitialsPattern().IsMatch(initials.Trim()) ? "Vul alleen voorletters in, bijvoorbeeld J.A."
        : null;

    /// <summary>"ja", "J A" and "J.A." all become "J.A.".</summary>
    public static string NormaliseInitials(string initials) =>
        string.Concat(initials.Where(char.IsLetter).Select(c => char.ToUpperInvariant(c) + "."));

    public static string? SurnameError(string? surname) =>
        string.IsNullOrWhiteSpace(surname) ? "Vul de achternaam in."
        : surname.Trim().Length > 200 ? "De achternaam is te lang (hoogstens 200 tekens)."
        : !SurnamePattern().IsMatch(surname.Trim()) ? "Een achternaam bestaat uit letters, spaties, koppeltekens en apostroffen."
        : null;

    public static string? DateOfBirthError(string? value, DateOnly today, int minimumAge)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return "Vul de geboortedatum in.";
        }
        if (!TryParseDate(value, out var date))
        {
            return "Vul een geldige geboortedatum in, bijvoorbeeld 31-12-1980.";
        }
        if (date > today)
        {
            return "De geboortedatum ligt in de toekomst.";
        }
        if (date < today.AddYears(-120))
        {
            return "Controleer het geboortejaar.";
        }
        return date > today.AddYears(-minimumAge) ? $"Deze persoon moet minstens {minimumAge} jaar oud zijn." : null;
    }

    /// <summary>The date input sends yyyy-MM-dd; people without one type 31-12-1980.</summary>
    public static bool TryParseDate(string? value, out DateOnly date) =>
        DateOnly.TryParseExact(value?.Trim(), ["yyyy-MM-dd", "d-M-yyyy", "d/M/yyyy", "d.M.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string? EmailError(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return "Vul het e-mailadres in.";
        }
        var trimmed = email.Trim();
        return trimmed.Length > 254 || !EmailPattern().IsMatch(trimmed) || !MailAddress.TryCreate(trimmed, out _)
            ? "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl."
            : null;
    }

    public static string NormaliseEmail(string email) => email.Trim();

    public static string? PhoneError(string? phone) =>
        string.IsNullOrWhiteSpace(phone) ? "Vul het telefoonnummer in."
        : !PhonePattern().IsMatch(NormalisePhone(phone)) ? "Vul een geldig telefoonnummer in, bijvoorbeeld 020 123 4567 of +31 20 123 4567."
        : null;

    public static string? MobileError(string? mobile) =>
        string.IsNullOrWhiteSpace(mobile) ? "Vul het mobiele nummer in."
        : !MobilePattern().IsMatch(NormalisePhone(mobile)) ? "Vul een geldig mobiel nummer in, bijvoorbeeld 06 1234 5678 of +31 6 1234 5678."
        : null;

    /// <summary>Spaces, dashes, dots and brackets are how people write numbers, not part of them.</summary>
    public static string NormalisePhone(string phone) =>
        new(phone.Trim().Where(c => !Separators.Contains(c)).ToArray());

    private const string Separators = " -.()/";

    [GeneratedRegex(@"^(\p{L}\.?\s*){1,10}$")]
    private static partial Regex InitialsPattern();

    [GeneratedRegex(@"^[\p{L}'’][\p{L}\s'’\-\.]*\p{L}\.?$|^\p{L}$")]
    private static partial Regex SurnamePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^(0[1-9]\d{8}|\+[1-9]\d{7,14})$")]
    private static partial Regex PhonePattern();

    // Dutch mobiles are 06 plus eight digits; a foreign number must carry its country code, and +31 must be a 6.
    [GeneratedRegex(@"^(06\d{8}|\+316\d{8}|\+(?!31)[1-9]\d{7,14})$")]
    private static partial Regex MobilePattern();
}
