using System.Security.Cryptography;

namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// First passwords handed over in person. 16 characters, the connectis maximum, with a lower and an upper case letter,
/// two digits and one special, so they pass either preset; letters and digits that look alike are left out so the
/// password can be read aloud. Over 80 bits.
/// </summary>
public sealed class PasswordGenerator(PasswordPolicy policy)
{
    private const int Length = 16;
    private const string Lower = "abcdefghjkmnpqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Specials = "!#%+-=?@";
    private const string Any = Lower + Upper + Digits;

    /// <summary>Draws again in the unlikely case the password contains the user name or is otherwise refused.</summary>
    public string Generate(PasswordContext context)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var password = Draw();
            if (policy.Check(password, context).Count == 0)
            {
                return password;
            }
        }
        throw new InvalidOperationException($"No generated password passes the {policy.Preset} preset for this account.");
    }

    private static string Draw()
    {
        var characters = new List<char> { Pick(Lower), Pick(Upper), Pick(Digits), Pick(Digits), Pick(Specials) };
        while (characters.Count < Length)
        {
            characters.Add(Pick(Any));
        }
        var shuffled = characters.ToArray();
        RandomNumberGenerator.Shuffle(shuffled.AsSpan());
        return new string(shuffled);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
