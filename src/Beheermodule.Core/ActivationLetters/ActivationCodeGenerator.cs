using System.Security.Cryptography;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>
/// Aanmeldcodes from the operating system's cryptographic random source. Each character is drawn with
/// <see cref="RandomNumberGenerator.GetInt32(int)"/>, which rejects out-of-range draws: a byte taken modulo 31
/// would make the first characters of the alphabet more likely, and a guesser would start with those.
/// </summary>
public sealed class ActivationCodeGenerator : IActivationCodeGenerator
{
    public string Generate()
    {
        Span<char> characters = stackalloc char[ActivationCodeFormat.Length];
        for (var i = 0; i < characters.Length; i++)
        {
            characters[i] = ActivationCodeFormat.Alphabet[RandomNumberGenerator.GetInt32(ActivationCodeFormat.Alphabet.Length)];
        }
        return ActivationCodeFormat.Format(characters);
    }
}
