using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>
/// The only form in which an aanmeldcode is stored: HMAC-SHA256 under ActivationCodes:HashKey, as lowercase hex.
/// A plain hash would not do: a code has about 59 bits, few enough to try them all against a leaked database.
/// With a key that lives outside the database, a leaked hash alone gives nothing to try codes against.
/// </summary>
public sealed class ActivationCodeHasher
{
    public const int HashLength = SHA256.HashSizeInBytes * 2;

    private readonly byte[] _key;

    public ActivationCodeHasher(IOptions<ActivationCodeOptions> options)
    {
        var hashKey = options.Value.HashKey;
        if (string.IsNullOrWhiteSpace(hashKey) || !ActivationCodeOptionsValidator.TryDecode(hashKey, out _key))
        {
            throw new InvalidOperationException("ActivationCodes:HashKey is missing or not base64.");
        }
    }

    /// <summary>64 lowercase hex characters for a code in its canonical form (see <see cref="ActivationCodeFormat.Normalise"/>).</summary>
    public string Hash(string canonicalCode)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        Compute(canonicalCode, hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>
    /// Whether <paramref name="canonicalCode"/> is the code behind <paramref name="storedHash"/>. The comparison
    /// takes as long for a near miss as for a far one, so response times tell a guesser nothing.
    /// </summary>
    public bool Matches(string canonicalCode, string storedHash)
    {
        ArgumentNullException.ThrowIfNull(storedHash);
        Span<byte> expected = stackalloc byte[SHA256.HashSizeInBytes];
        Compute(canonicalCode, expected);

        Span<byte> stored = stackalloc byte[SHA256.HashSizeInBytes];
        if (storedHash.Length != HashLength
            || Convert.FromHexString(storedHash, stored, out _, out var written) != OperationStatus.Done
            || written != stored.Length)
        {
            return false;
        }
        return CryptographicOperations.FixedTimeEquals(expected, stored);
    }

    private void Compute(string canonicalCode, Span<byte> hash)
    {
        ArgumentNullException.ThrowIfNull(canonicalCode);
        // Only the canonical form may be hashed: "abcd efgh jkmn" would give another hash and never match.
        if (ActivationCodeFormat.Normalise(canonicalCode) != canonicalCode)
        {
            throw new ArgumentException("Hash the canonical form of an activation code (ActivationCodeFormat.Normalise).", nameof(canonicalCode));
        }
        Span<byte> data = stackalloc byte[ActivationCodeFormat.FormattedLength];
        Encoding.ASCII.GetBytes(canonicalCode, data);
        HMACSHA256.HashData(_key, data, hash);
    }
}
