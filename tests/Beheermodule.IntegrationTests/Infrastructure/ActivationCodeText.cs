using System.Text.RegularExpressions;
using Beheermodule.Core.ActivationLetters;

namespace Beheermodule.IntegrationTests.Infrastructure;

/// <summary>Finds an aanmeldcode in its printed form ("ABCD-EFGH-JKMN") in a letter's or an e-mail's text.</summary>
public static class ActivationCodeText
{
    private static readonly Regex Printed = new(
        $@"\b[{ActivationCodeFormat.Alphabet}]{{4}}-[{ActivationCodeFormat.Alphabet}]{{4}}-[{ActivationCodeFormat.Alphabet}]{{4}}\b");

    private static readonly Regex PrintedInCells = new(
        $"[{ActivationCodeFormat.Alphabet}]{{4}}-[{ActivationCodeFormat.Alphabet}]{{4}}-[{ActivationCodeFormat.Alphabet}]{{4}}");

    /// <summary>The code in running text, such as an e-mail.</summary>
    public static string In(string text) => Match(Printed, text);

    /// <summary>The code among a PDF page's characters run together (the letter draws each in a cell of its own).</summary>
    public static string InCharacters(string characters) => Match(PrintedInCells, characters);

    private static string Match(Regex pattern, string text) => pattern.Match(text) is { Success: true } match
        ? match.Value
        : throw new Xunit.Sdk.XunitException("No aanmeldcode in the text.");
}
