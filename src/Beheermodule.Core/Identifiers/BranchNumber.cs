namespace Beheermodule.Core.Identifiers;

/// <summary>Vestigingsnummer: 12 digits, kept as a string so leading zeros survive.</summary>
public readonly record struct BranchNumber
{
    public const int Length = 12;
    public const string EmptyMessage = "Vul een vestigingsnummer in.";
    public const string InvalidMessage = "Een vestigingsnummer bestaat uit 12 cijfers.";

    private readonly string? _value;

    private BranchNumber(string value) => _value = value;

    public string Value => _value ?? string.Empty;

    public static bool TryParse(string? input, out BranchNumber value, out string? error)
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
                value = new BranchNumber(digits);
                error = null;
                return true;
        }
    }

    public static BranchNumber Parse(string input) =>
        TryParse(input, out var value, out var error) ? value : throw new FormatException(error);

    public override string ToString() => Value;
}
