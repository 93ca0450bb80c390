using System.Globalization;
using System.Text;

namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>The building blocks of both presets, with their Dutch checklist lines and messages.</summary>
internal static class PasswordRules
{
    /// <summary>Rule 6's special characters; the space is one of them.</summary>
    public const string Specials = "!@#$%^&*() -_+[{]}?/=`~";

    private static readonly string SpecialsShown = string.Join(" ", Specials.Select(c => c == ' ' ? "spatie" : c.ToString()));

    /// <summary>Legal forms as separate words of an organisation name, letters only.</summary>
    private static readonly HashSet<string> LegalForms = ["bv", "nv", "vof", "cv", "ua", "wa", "ba", "stichting", "vereniging", "coöperatie", "cooperatie", "eenmanszaak", "maatschap"];

    public static PasswordRule Length(int minimum, int? maximum) => new(
        "length",
        maximum is null ? $"Minstens {minimum} tekens" : $"{minimum} tot en met {maximum} tekens",
        candidate =>
        {
            var count = candidate.Runes.Count;
            if (count < minimum)
            {
                return [new("TooShort", $"Gebruik minstens {minimum} tekens; u gebruikte er {Number(count)}.")];
            }
            // Refused, never cut off: a password silently shortened would not be the one the person typed.
            if (count > maximum)
            {
                return [new("TooLong", $"Gebruik hoogstens {maximum} tekens; u gebruikte er {count}.")];
            }
            return [];
        });

    public static PasswordRule AsciiLetters(int minimum) => AtLeast(
        "letters", minimum, IsAsciiLetter, "TooFewLetters", "letters (a-z of A-Z)", "letter (a-z of A-Z)");

    public static PasswordRule AsciiDigits(int minimum) => AtLeast(
        "digits", minimum, IsAsciiDigit, "TooFewDigits", "cijfers (0-9)", "cijfer (0-9)");

    public static PasswordRule AtMostSpecials(int maximum) => new(
        "specials",
        $"Hoogstens {maximum} speciaal teken uit: {SpecialsShown}",
        candidate =>
        {
            var specials = candidate.Runes.Where(IsListedSpecial).ToList();
            return specials.Count <= maximum
                ? []
                : [new("TooManySpecials", $"Gebruik hoogstens {maximum} speciaal teken; u gebruikte er {specials.Count}: {Listed(specials)}.")];
        });

    /// <summary>Under rule 6 anything else is refused, accented letters and emoji included, and the message names it.</summary>
    public static PasswordRule OnlyListedCharacters() => new(
        "allowed-characters",
        "Alleen letters a-z en A-Z, cijfers 0-9 en de speciale tekens hierboven",
        candidate =>
        {
            var others = candidate.Runes.Where(r => !IsAsciiLetter(r) && !IsAsciiDigit(r) && !IsListedSpecial(r)).Distinct().ToList();
            if (others.Count == 0)
            {
                return [];
            }
            var what = others.Count == 1 ? $"Het teken {Describe(others[0])} is" : $"De tekens {Listed(others)} zijn";
            return [new("CharacterNotAllowed", $"{what} niet toegestaan. Gebruik letters a-z en A-Z, cijfers 0-9 en hoogstens één van: {SpecialsShown}.")];
        });

    public static PasswordRule Lowercase() => AtLeast("lowercase", 1, Rune.IsLower, "NoLowercase", "kleine letters", "kleine letter");

    public static PasswordRule Uppercase() => AtLeast("uppercase", 1, Rune.IsUpper, "NoUppercase", "hoofdletters", "hoofdletter");

    public static PasswordRule Digit() => AtLeast("digit", 1, Rune.IsDigit, "NoDigit", "cijfers", "cijfer");

    /// <summary>Any character that is neither a letter nor a digit; an accent typed as a separate mark belongs to its letter.</summary>
    public static PasswordRule Special() => AtLeast("special", 1, IsAnySpecial, "NoSpecial", "speciale tekens (zoals ! ? # of een spatie)", "speciaal teken (zoals ! ? # of een spatie)");

    public static PasswordRule NotCommon(CommonPasswords common) => new(
        "not-common",
        "Geen veelgebruikt of uitgelekt wachtwoord",
        candidate => common.Contains(candidate.Password)
            ? [new("CommonPassword", "Dit wachtwoord staat op een lijst van veelgebruikte of uitgelekte wachtwoorden en is makkelijk te raden. Kies een ander.")]
            : []);

    /// <summary>Names shorter than 3 characters are skipped: they would refuse half of all passwords and protect nothing.</summary>
    public static PasswordRule NoNames() => new(
        "no-names",
        "Niet uw gebruikersnaam of de naam van uw organisatie",
        candidate =>
        {
            var password = Simplified(candidate.Password);
            var problems = new List<PasswordProblem>();
            if (Inside(candidate.Context.UserName, password))
            {
                problems.Add(new("ContainsUserName", "Het wachtwoord bevat uw gebruikersnaam. Kies een wachtwoord zonder uw gebruikersnaam."));
            }
            foreach (var name in candidate.Context.OrganisationNames.Where(n => Inside(n, password) || Inside(WithoutLegalForm(n), password)).Distinct())
            {
                problems.Add(new("ContainsOrganisationName", $"Het wachtwoord bevat de naam van uw organisatie ({name}). Kies een wachtwoord zonder die naam."));
            }
            return problems;
        });

    public static PasswordRule NotRecent(int depth) => new(
        "not-recent",
        $"Niet een van uw laatste {depth} wachtwoorden",
        candidate => candidate.Context.IsRecentPassword?.Invoke(candidate.Password) == true
            ? [new("RecentlyUsed", $"U gebruikte dit wachtwoord kort geleden. Kies een wachtwoord dat niet een van uw laatste {depth} was.")]
            : []);

    private static PasswordRule AtLeast(string id, int minimum, Func<Rune, bool> counts, string code, string plural, string singular)
    {
        var noun = minimum == 1 ? singular : plural;
        return new(id, $"Minstens {minimum} {noun}", candidate =>
        {
            var count = candidate.Runes.Count(counts);
            return count >= minimum ? [] : [new(code, $"Gebruik minstens {minimum} {noun}; u gebruikte er {Number(count)}.")];
        });
    }

    private static bool IsAsciiLetter(Rune rune) => rune.IsAscii && char.IsAsciiLetter((char)rune.Value);

    private static bool IsAsciiDigit(Rune rune) => rune.IsAscii && char.IsAsciiDigit((char)rune.Value);

    private static bool IsListedSpecial(Rune rune) => rune.IsAscii && Specials.Contains((char)rune.Value);

    private static bool IsAnySpecial(Rune rune) =>
        !Rune.IsLetterOrDigit(rune) && Rune.GetUnicodeCategory(rune) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark);

    /// <summary>Lower case, letters and digits only: "De Vries" is found in "devries12" and in "De-Vries!".</summary>
    private static string Simplified(string text) =>
        string.Concat(text.ToLowerInvariant().EnumerateRunes().Where(Rune.IsLetterOrDigit));

    private static bool Inside(string? name, string simplifiedPassword)
    {
        var simplifiedName = Simplified(name ?? "");
        return simplifiedName.EnumerateRunes().Count() >= 3 && simplifiedPassword.Contains(simplifiedName, StringComparison.Ordinal);
    }

    /// <summary>"Bakkerij Kwast B.V." is typed as "BakkerijKwast": the legal form is no part of the name people use.</summary>
    private static string WithoutLegalForm(string name) =>
        string.Join(" ", name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(word => !LegalForms.Contains(Simplified(word))));

    private static string Number(int count) => count == 0 ? "geen" : count.ToString(CultureInfo.InvariantCulture);

    private static string Describe(Rune rune) =>
        rune.Value == ' ' ? "spatie"
        : Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) ? $"U+{rune.Value:X4}"
        : $"'{rune}'";

    private static string Listed(IEnumerable<Rune> runes)
    {
        var shown = runes.Select(Describe).ToList();
        return shown.Count == 1 ? shown[0] : $"{string.Join(", ", shown[..^1])} en {shown[^1]}";
    }
}
