using System.Globalization;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>
/// What an aanmeldcode looks like: 12 characters from an alphabet without look-alikes, printed in groups of four
/// ("ABCD-EFGH-JKMN"). The holder types it over from paper, so 0/O and 1/I/L never occur and need no guessing.
/// </summary>
public static class ActivationCodeFormat
{
    /// <summary>A–Z without I, L and O; 2–9. 31 characters, so 12 of them carry about 59 bits.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public const int Length = 12;

    public const int GroupSize = 4;

    public const char Separator = '-';

    /// <summary>Length with the separators: "ABCD-EFGH-JKMN" is 14.</summary>
    public const int FormattedLength = Length + Length / GroupSize - 1;

    public static bool IsAlphabetCharacter(char character) => Alphabet.Contains(character, StringComparison.Ordinal);

    /// <summary>Puts 12 alphabet characters in their printed form, "XXXX-XXXX-XXXX".</summary>
    public static string Format(ReadOnlySpan<char> characters)
    {
        if (characters.Length != Length)
        {
            throw new ArgumentException($"An activation code has {Length} characters, not {characters.Length}.", nameof(characters));
        }
        foreach (var character in characters)
        {
            if (!IsAlphabetCharacter(character))
            {
                throw new ArgumentException($"'{character}' is not in the activation code alphabet.", nameof(characters));
            }
        }

        Span<char> formatted = stackalloc char[FormattedLength];
        var target = 0;
        for (var i = 0; i < Length; i++)
        {
            if (i > 0 && i % GroupSize == 0)
            {
                formatted[target++] = Separator;
            }
            formatted[target++] = characters[i];
        }
        return new string(formatted);
    }

    /// <summary>
    /// The canonical "XXXX-XXXX-XXXX" of what someone typed, or null when it cannot be a code. Case, spaces and
    /// dashes (missing, extra, or the long ones a word processor makes) do not matter; a character outside the
    /// alphabet does, and is refused rather than guessed at (an O is not silently read as a 0).
    /// </summary>
    public static string? Normalise(string? input)
    {
        if (input is null)
        {
            return null;
        }

        Span<char> characters = stackalloc char[Length];
        var count = 0;
        foreach (var raw in input)
        {
            if (char.IsWhiteSpace(raw) || char.GetUnicodeCategory(raw) == UnicodeCategory.DashPunctuation)
            {
                continue;
            }
            var character = char.ToUpperInvariant(raw);
            if (count == Length || !IsAlphabetCharacter(character))
            {
                return null;
            }
            characters[count++] = character;
        }
        return count == Length ? Format(characters) : null;
    }
}
