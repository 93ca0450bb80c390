using System.Globalization;
using System.Text;

namespace Beheermodule.Core.Accounts;

/// <summary>Names compared as people mean them: case, dots, spaces and accents do not count.</summary>
public static class PersonNames
{
    /// <summary>Only the letters, without accents, in upper case: "j.p. de Vriés" becomes "JPDEVRIES".</summary>
    public static string Comparable(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetter(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.ToString();
    }
}
