namespace Beheermodule.Core.Accounts.Profile;

/// <summary>
/// Rule 10: the profile shows which account the organisation pays from, not the whole number. The country code and
/// the last four characters stay readable, so the holder recognises it: "NL** **** **** **34 56".
/// </summary>
public static class MaskedBankAccount
{
    public const int VisibleAtEnd = 4;

    public static string Mask(string iban)
    {
        var text = new string(iban.Where(c => !char.IsWhiteSpace(c)).Select(char.ToUpperInvariant).ToArray());
        if (text.Length <= VisibleAtEnd + 2)
        {
            return new string('*', text.Length);
        }
        var masked = text[..2] + new string('*', text.Length - 2 - VisibleAtEnd) + text[^VisibleAtEnd..];
        return string.Join(' ', masked.Chunk(4).Select(chunk => new string(chunk)));
    }
}
