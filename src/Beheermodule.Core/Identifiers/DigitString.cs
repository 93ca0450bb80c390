namespace Beheermodule.Core.Identifiers;

/// <summary>Shared input rules for the numeric identifiers: people type and paste them with spaces and dots.</summary>
internal static class DigitString
{
    public enum Result { Ok, Empty, Invalid }

    public static Result Normalise(string? input, int length, out string digits)
    {
        digits = string.Empty;
        if (string.IsNullOrWhiteSpace(input))
        {
            return Result.Empty;
        }

        var buffer = new System.Text.StringBuilder(length);
        foreach (var c in input.Trim())
        {
            if (c is ' ' or '.')
            {
                continue;
            }
            if (!char.IsAsciiDigit(c))
            {
                return Result.Invalid;
            }
            buffer.Append(c);
        }

        if (buffer.Length != length)
        {
            return Result.Invalid;
        }

        digits = buffer.ToString();
        return Result.Ok;
    }
}
