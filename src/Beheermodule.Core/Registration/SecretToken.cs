using System.Security.Cryptography;
using System.Text;

namespace Beheermodule.Core.Registration;

/// <summary>
/// Long random tokens for links (status, confirmation, draft cookie). Only the SHA-256 is stored: 256 random
/// bits need no salt or key, and a database leak then reveals no working link.
/// </summary>
public static class SecretToken
{
    public static string Create() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64Url(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
