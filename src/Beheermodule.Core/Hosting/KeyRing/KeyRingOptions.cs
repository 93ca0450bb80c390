using Beheermodule.Core.Data;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Hosting.KeyRing;

/// <summary>
/// The key that encrypts the data-protection key ring. The ring lives in the database and protects the OTP seeds,
/// session tickets and e-mail bodies, so a copy of the database alone must not open it: this key is kept elsewhere.
/// </summary>
public sealed class KeyRingOptions
{
    public const string Section = "DataProtection";

    /// <summary>Base64 of 32 random bytes; every app instance gets the same value. Required with PostgreSQL.</summary>
    public string? KeyEncryptionKey { get; set; }

    /// <summary>Used when <see cref="KeyEncryptionKey"/> is empty: created at first start, readable by the app's user only.</summary>
    public string KeyEncryptionKeyFile { get; set; } = "data/keys/key-encryption.key";
}

public sealed class KeyRingOptionsValidator(IOptions<DatabaseOptions> database) : IValidateOptions<KeyRingOptions>
{
    public ValidateOptionsResult Validate(string? name, KeyRingOptions options)
    {
        if (!string.IsNullOrEmpty(options.KeyEncryptionKey))
        {
            return SecretFiles.TryParseKey(options.KeyEncryptionKey, out _)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("DataProtection:KeyEncryptionKey must be the base64 of exactly 32 bytes (openssl rand -base64 32).");
        }
        if (database.Value.Provider == DatabaseProvider.Postgres)
        {
            // Each instance would otherwise make a key file of its own and could not read the others' keys.
            return ValidateOptionsResult.Fail("DataProtection:KeyEncryptionKey is required with Database:Provider Postgres: give every instance the same value (openssl rand -base64 32).");
        }
        return string.IsNullOrWhiteSpace(options.KeyEncryptionKeyFile)
            ? ValidateOptionsResult.Fail("DataProtection:KeyEncryptionKeyFile is required when DataProtection:KeyEncryptionKey is empty.")
            : ValidateOptionsResult.Success;
    }
}
