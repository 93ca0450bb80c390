using Beheermodule.Core.Data;
using Beheermodule.Core.Hosting;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ServiceLogin;

/// <summary>The secrets of logging in at services: the pseudonym key, and the keys that sign and encrypt the tokens.</summary>
public sealed class ServiceLoginOptions
{
    public const string Section = "ServiceLogin";

    /// <summary>
    /// Base64 of 32 random bytes that key every acting-subject pseudonym. Never change it: every service would see
    /// every person as someone new. Required with PostgreSQL (the same on every instance).
    /// </summary>
    public string? PseudonymKey { get; set; }

    /// <summary>Used when <see cref="PseudonymKey"/> is empty: created at first start, readable by the app's user only.</summary>
    public string PseudonymKeyFile { get; set; } = "data/keys/pseudonym.key";

    /// <summary>RSA private key (PEM) that signs the tokens. Created at first start with SQLite; with PostgreSQL it must exist.</summary>
    public string SigningKeyFile { get; set; } = "data/keys/service-login-signing.pem";

    /// <summary>RSA private key (PEM) that encrypts authorisation codes. Created at first start with SQLite; with PostgreSQL it must exist.</summary>
    public string EncryptionKeyFile { get; set; } = "data/keys/service-login-encryption.pem";
}

public sealed class ServiceLoginOptionsValidator(IOptions<DatabaseOptions> database) : IValidateOptions<ServiceLoginOptions>
{
    public ValidateOptionsResult Validate(string? name, ServiceLoginOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrEmpty(options.PseudonymKey) && !SecretFiles.TryParseKey(options.PseudonymKey, out _))
        {
            failures.Add("ServiceLogin:PseudonymKey must be the base64 of exactly 32 bytes (openssl rand -base64 32).");
        }
        if (string.IsNullOrWhiteSpace(options.SigningKeyFile))
        {
            failures.Add("ServiceLogin:SigningKeyFile is required.");
        }
        if (string.IsNullOrWhiteSpace(options.EncryptionKeyFile))
        {
            failures.Add("ServiceLogin:EncryptionKeyFile is required.");
        }
        if (database.Value.Provider == DatabaseProvider.Postgres)
        {
            // Several instances must sign alike and see every person under one pseudonym: nothing may be made per instance.
            if (string.IsNullOrEmpty(options.PseudonymKey))
            {
                failures.Add("ServiceLogin:PseudonymKey is required with Database:Provider Postgres: give every instance the same value (openssl rand -base64 32).");
            }
            foreach (var (setting, path) in new[] { ("SigningKeyFile", options.SigningKeyFile), ("EncryptionKeyFile", options.EncryptionKeyFile) })
            {
                if (!string.IsNullOrWhiteSpace(path) && !File.Exists(path))
                {
                    failures.Add($"ServiceLogin:{setting} ({path}) must exist with Database:Provider Postgres: create it once (openssl genrsa -out {path} 3072) and give every instance the same file.");
                }
            }
        }
        if (string.IsNullOrEmpty(options.PseudonymKey) && string.IsNullOrWhiteSpace(options.PseudonymKeyFile))
        {
            failures.Add("ServiceLogin:PseudonymKeyFile is required when ServiceLogin:PseudonymKey is empty.");
        }
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}
