using System.Security.Cryptography;

namespace Beheermodule.Core.Hosting;

/// <summary>
/// Secrets kept in files beside the database rather than in it, so a copy of the database alone opens nothing: read,
/// or made once at first start, readable by the app's user only. Several instances share a setting instead.
/// </summary>
public static class SecretFiles
{
    public const int KeyLength = 32;

    /// <summary>The base64 of exactly <see cref="KeyLength"/> bytes, as `openssl rand -base64 32` prints it.</summary>
    public static bool TryParseKey(string? base64, out byte[] key)
    {
        key = [];
        if (string.IsNullOrEmpty(base64))
        {
            return false;
        }
        var buffer = new byte[KeyLength + 1];
        if (!Convert.TryFromBase64String(base64.Trim(), buffer, out var written) || written != KeyLength)
        {
            return false;
        }
        key = buffer[..KeyLength];
        return true;
    }

    /// <summary>A random 256-bit key from the file, made first when there is none.</summary>
    public static byte[] ReadOrCreateKey(string path, string setting) =>
        TryParseKey(ReadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyLength))), out var key)
            ? key
            : throw new InvalidOperationException($"{Path.GetFullPath(path)} (setting {setting}) does not hold the base64 of {KeyLength} bytes.");

    /// <summary>The file's text; when the file is missing, <paramref name="create"/> writes it first (owner-only).</summary>
    public static string ReadOrCreate(string path, Func<string> create)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            Create(full, create());
        }
        return File.ReadAllText(full).Trim();
    }

    private static void Create(string full, string content)
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
            writer.Write(content);
        }
        catch (IOException) when (File.Exists(full))
        {
            // Another process made it first; both read the same file.
        }
    }
}
