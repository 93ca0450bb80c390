namespace Beheermodule.Core.Identifiers;

/// <summary>RSIN: 9 digits that pass the elfproef, kept as a string so leading zeros survive.</summary>
public readonly record struct Rsin
{
    public const int Length = 9;
    public const string EmptyMessage = "Vul een RSIN in.";
    public const string InvalidMessage = "Een RSIN bestaat uit 9 cijfers.";
    public const string ElfproefMessage = "Dit RSIN klopt niet: de elfproef faalt.";
    public const string AllZerosMessage = "Dit RSIN klopt niet: het kan niet uit alleen nullen bestaan.";

    private readonly string? _value;

    private Rsin(string value) => _value = value;

    public string Value => _value ?? string.Empty;

    public static bool TryParse(string? input, out Rsin value, out string? error)
    {
        value = default;
        switch (DigitString.Normalise(input, Length, out var digits))
        {
            case DigitString.Result.Empty:
                error = EmptyMessage;
                return false;
            case DigitString.Result.Invalid:
                error = InvalidMessage;
                return false;
        }

        // 000000000 sums to 0 and so passes the elfproef arithmetically, but is no RSIN.
        if (digits.All(c => c == '0'))
        {
            error = AllZerosMessage;
            return false;
        }

        if (!PassesElfproef(digits))
        {
            error = ElfproefMessage;
            return false;
        }

        value = new Rsin(digits);
        error = null;
        return true;
    }

    public static Rsin Parse(string input) =>
        TryParse(input, out var value, out var error) ? value : throw new FormatException(error);

    public override string ToString() => Value;

    private static bool PassesElfproef(string digits)
    {
        var sum = 0;
        for (var i = 0; i < Length - 1; i++)
        {
            sum += (digits[i] - '0') * (Length - i);
        }
        sum -= digits[Length - 1] - '0';
        return sum % 11 == 0;
    }
}
