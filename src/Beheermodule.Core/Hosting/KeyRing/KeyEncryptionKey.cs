using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Hosting.KeyRing;

/// <summary>The 256-bit key from <see cref="KeyRingOptions"/>: the configured value, or the key file (made on first use).</summary>
public sealed class KeyEncryptionKey
{
    public const int Length = 32;

    private readonly Lazy<byte[]> _bytes;

    public KeyEncryptionKey(IOptions<KeyRingOptions> options)
    {
        var settings = options.Value;
        _bytes = new Lazy<byte[]>(() => TryParse(settings.KeyEncryptionKey, out var configured) ? configured : FromFile(settings.KeyEncryptionKeyFile));
    }

    public ReadOnlySpan<byte> Bytes => _bytes.Value;

    public static bool TryParse(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrEmpty(base64))
        {
            return false;
        }
        var buffer = new byte[Length + 1];
        if (!Convert.TryFromBase64String(base64, buffer, out var written) || written != Length)
        {
            return false;
        }
        key = buffer[..Length];
        return true;
    }

    private static byte[] FromFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            Create(full);
        }
        return TryParse(File.ReadAllText(full).Trim(), out var key)
            ? key
            : throw new InvalidOperationException($"{full} (setting DataProtection:KeyEncryptionKeyFile) does not hold the base64 of 32 bytes.");
    }

    private static void Create(string full)
    {
        var folder = Path.GetDirectoryName(full)!;
        var ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, ownerOnly | UnixFileMode.UserExecute);
        }
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = ownerOnly;
        }
        try
        {
            using var writer = new StreamWriter(full, options);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(Length)));
        }
        catch (IOException) when (File.Exists(full))
        {
            // Another process made it first; both read the same file.
        }
    }
}
