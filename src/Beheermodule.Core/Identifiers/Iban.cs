namespace Beheermodule.Core.Identifiers;

/// <summary>
/// IBAN: a country code, two check digits and the account number, checked with ISO 7064 mod-97. Kept without
/// spaces, in capitals; <see cref="Group"/> writes it by four as people read it.
/// </summary>
public readonly record struct Iban
{
    public const int MinimumLength = 15;
    public const int MaximumLength = 34;
    public const int DutchLength = 18;
    public const string EmptyMessage = "Vul het IBAN in.";
    public const string InvalidMessage = "Een IBAN begint met twee letters voor het land en twee cijfers, gevolgd door het rekeningnummer, bijvoorbeeld NL91 ABNA 0417 1643 00.";
    public const string DutchLengthMessage = "Een Nederlands IBAN heeft 18 tekens, bijvoorbeeld NL91 ABNA 0417 1643 00.";
    public const string ChecksumMessage = "Dit IBAN klopt niet: de controle (modulus 97) faalt. Controleer het nummer op het SEPA-formulier.";

    private readonly string? _value;

    private Iban(string value) => _value = value;

    public string Value => _value ?? string.Empty;

    public static bool TryParse(string? input, out Iban value, out string? error)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(input))
        {
            error = EmptyMessage;
            return false;
        }
        // People copy it from a form or a bank statement with spaces, and in lower case.
        var text = new string(input.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
        if (text.Length is < MinimumLength or > MaximumLength
            || !char.IsAsciiLetterUpper(text[0]) || !char.IsAsciiLetterUpper(text[1])
            || !char.IsAsciiDigit(text[2]) || !char.IsAsciiDigit(text[3])
            || !text.All(char.IsAsciiLetterOrDigit))
        {
            error = InvalidMessage;
            return false;
        }
        if (text.StartsWith("NL", StringComparison.Ordinal) && text.Length != DutchLength)
        {
            error = DutchLengthMessage;
            return false;
        }
        if (Mod97(text) != 1)
        {
            error = ChecksumMessage;
            return false;
        }
        value = new Iban(text);
        error = null;
        return true;
    }

    public static Iban Parse(string input) =>
        TryParse(input, out var value, out var error) ? value : throw new FormatException(error);

    /// <summary>A stored IBAN grouped by four for display: "NL91 ABNA 0417 1643 00".</summary>
    public static string Group(string iban) =>
        string.Join(' ', iban.Chunk(4).Select(chunk => new string(chunk)));

    public override string ToString() => Value;

    /// <summary>ISO 13616: the first four characters move to the end, letters count as 10 to 35, the whole number mod 97.</summary>
    private static int Mod97(string iban)
    {
        var remainder = 0;
        foreach (var c in iban[4..] + iban[..4])
        {
            var number = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = number < 10 ? (remainder * 10 + number) % 97 : (remainder * 100 + number) % 97;
        }
        return remainder;
    }
}
