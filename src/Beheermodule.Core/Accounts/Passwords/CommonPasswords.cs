using System.Text;

namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// Passwords that appear at the top of breached and common-password lists, in English and Dutch (welkom01,
/// wachtwoord1, seasons with years, keyboard walks, first names with digits). Shipped with the app as
/// common-passwords.txt, lower case, one a line; loaded once and compared without regard to case.
/// </summary>
public sealed class CommonPasswords
{
    private const string ResourceName = "Beheermodule.Core.Accounts.Passwords.common-passwords.txt";

    private readonly HashSet<string> _passwords;

    public CommonPasswords(IEnumerable<string> passwords) =>
        _passwords = new HashSet<string>(passwords.Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0), StringComparer.Ordinal);

    public int Count => _passwords.Count;

    public static CommonPasswords LoadEmbedded()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }
        return new CommonPasswords(lines);
    }

    /// <summary>
    /// Also true when the password is a listed one with separators or a special character added: "Zomer-2026!" is
    /// as easy to guess as "zomer2026".
    /// </summary>
    public bool Contains(string password)
    {
        var lower = password.ToLowerInvariant();
        return _passwords.Contains(lower) || _passwords.Contains(string.Concat(lower.EnumerateRunes().Where(Rune.IsLetterOrDigit)));
    }
}
