namespace Beheermodule.Core.Identifiers;

/// <summary>KvK-nummer: 8 digits, kept as a string so leading zeros survive.</summary>
public readonly record struct KvkNumber
{
    public const int Length = 8;
    public const string EmptyMessage = "Vul een KvK-nummer in.";
    public const string InvalidMessage = "Een KvK-nummer bestaat uit 8 cijfers.";

    private readonly string? _value;

    private KvkNumber(string value) => _value = value;

    public string Value => _value ?? string.Empty;

    public static bool TryParse(string? input, out KvkNumber value, out string? error)
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
            default:
                value = new KvkNumber(digits);
                error = null;
                return true;
        }
    }

    public static KvkNumber Parse(string input) =>
        TryParse(input, out var value, out var error) ? value : throw new FormatException(error);

    public override string ToString() => Value;
}
