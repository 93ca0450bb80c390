using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Hosting.KeyRing;

/// <summary>The 256-bit key from <see cref="KeyRingOptions"/>: the configured value, or the key file (made on first use).</summary>
public sealed class KeyEncryptionKey
{
    public const int Length = SecretFiles.KeyLength;

    private readonly Lazy<byte[]> _bytes;

    public KeyEncryptionKey(IOptions<KeyRingOptions> options)
    {
        var settings = options.Value;
        _bytes = new Lazy<byte[]>(() => SecretFiles.TryParseKey(settings.KeyEncryptionKey, out var configured)
            ? configured
            : SecretFiles.ReadOrCreateKey(settings.KeyEncryptionKeyFile, $"{KeyRingOptions.Section}:KeyEncryptionKeyFile"));
    }

    public ReadOnlySpan<byte> Bytes => _bytes.Value;
}
