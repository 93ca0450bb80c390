using System.Security.Cryptography;
using Beheermodule.Core.Hosting;
using Beheermodule.Core.ServiceLogin;
using Microsoft.IdentityModel.Tokens;

namespace Beheermodule.Web.ServiceLogin;

/// <summary>
/// The RSA keys that sign the tokens and encrypt the authorisation codes, from PEM files beside the database (made at
/// first start with SQLite). The key id is derived from the public key, so every instance with the same file
/// announces the same key.
/// </summary>
public static class ServiceLoginKeys
{
    public static SigningCredentials Signing(ServiceLoginOptions options) =>
        new(Load(options.SigningKeyFile, "SigningKeyFile"), SecurityAlgorithms.RsaSha256);

    public static EncryptingCredentials Encryption(ServiceLoginOptions options) =>
        new(Load(options.EncryptionKeyFile, "EncryptionKeyFile"), SecurityAlgorithms.RsaOAEP, SecurityAlgorithms.Aes256CbcHmacSha512);

    private static RsaSecurityKey Load(string path, string setting)
    {
        var pem = SecretFiles.ReadOrCreate(path, () =>
        {
            using var created = RSA.Create(3072);
            return created.ExportRSAPrivateKeyPem();
        });
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(pem);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidOperationException($"{Path.GetFullPath(path)} (setting {ServiceLoginOptions.Section}:{setting}) does not hold an RSA private key in PEM.", ex);
        }
        var keyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportSubjectPublicKeyInfo()))[..16];
        return new RsaSecurityKey(rsa) { KeyId = keyId };
    }
}
