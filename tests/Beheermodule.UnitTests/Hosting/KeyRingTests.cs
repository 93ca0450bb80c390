using System.Security.Cryptography;
using System.Xml.Linq;
using Beheermodule.Core.Data;
using Beheermodule.Core.Hosting.KeyRing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Hosting;

public sealed class KeyRingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("beheermodule-keyring-").FullName;

    private static readonly XElement SecretKey = XElement.Parse("<masterKey><value>c2VjcmV0LWtleS1tYXRlcmlhbA==</value></masterKey>");

    [Fact]
    public void EncryptedKey_ShowsNothingOfTheKey_AndOpensWithTheSameKeyEncryptionKey()
    {
        var key = Configured(NewKey());

        var encrypted = new KeyRingEncryptor(key).Encrypt(SecretKey);

        Assert.DoesNotContain("c2VjcmV0", encrypted.EncryptedElement.ToString());
        Assert.Equal(typeof(KeyRingDecryptor), encrypted.DecryptorType);
        var decrypted = new KeyRingDecryptor(ServicesWith(key)).Decrypt(encrypted.EncryptedElement);
        Assert.True(XNode.DeepEquals(SecretKey, decrypted));
    }

    [Fact]
    public void EncryptedKey_DoesNotOpenWithAnotherKeyEncryptionKey()
    {
        var encrypted = new KeyRingEncryptor(Configured(NewKey())).Encrypt(SecretKey);

        var decryptor = new KeyRingDecryptor(ServicesWith(Configured(NewKey())));

        var error = Assert.Throws<CryptographicException>(() => decryptor.Decrypt(encrypted.EncryptedElement));
        Assert.Contains("DataProtection:KeyEncryptionKey", error.Message);
    }

    [Fact]
    public void EncryptedKey_ChangedInTheDatabase_DoesNotOpen()
    {
        var key = Configured(NewKey());
        var encrypted = new KeyRingEncryptor(key).Encrypt(SecretKey).EncryptedElement;
        var value = Convert.FromBase64String((string)encrypted.Element("value")!);
        value[0] ^= 1;
        encrypted.Element("value")!.Value = Convert.ToBase64String(value);

        Assert.Throws<CryptographicException>(() => new KeyRingDecryptor(ServicesWith(key)).Decrypt(encrypted));
    }

    [Fact]
    public void KeyFile_IsMadeOnce_ForTheOwnerOnly_AndReadAgainLater()
    {
        var path = Path.Combine(_folder, "keys", "key-encryption.key");
        var options = Options.Create(new KeyRingOptions { KeyEncryptionKeyFile = path });

        var first = new KeyEncryptionKey(options).Bytes.ToArray();
        var second = new KeyEncryptionKey(options).Bytes.ToArray();

        Assert.Equal(KeyEncryptionKey.Length, first.Length);
        Assert.Equal(first, second);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public void KeyFile_WithSomethingElseInIt_FailsNamingTheSetting()
    {
        var path = Path.Combine(_folder, "broken.key");
        File.WriteAllText(path, "not a key");

        var error = Assert.Throws<InvalidOperationException>(() => new KeyEncryptionKey(Options.Create(new KeyRingOptions { KeyEncryptionKeyFile = path })).Bytes.ToArray());

        Assert.Contains("DataProtection:KeyEncryptionKeyFile", error.Message);
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void Validator_RefusesAConfiguredKeyThatIsNot32Bytes(string configured)
    {
        var result = Validator(DatabaseProvider.Sqlite).Validate(null, new KeyRingOptions { KeyEncryptionKey = configured });

        Assert.True(result.Failed);
        Assert.Contains("DataProtection:KeyEncryptionKey", result.FailureMessage);
    }

    [Fact]
    public void Validator_RequiresAConfiguredKey_WithPostgres()
    {
        var validator = Validator(DatabaseProvider.Postgres);

        Assert.True(validator.Validate(null, new KeyRingOptions()).Failed);
        Assert.True(validator.Validate(null, new KeyRingOptions { KeyEncryptionKey = NewKey() }).Succeeded);
    }

    [Fact]
    public void Validator_AcceptsTheKeyFile_WithSqlite()
    {
        Assert.True(Validator(DatabaseProvider.Sqlite).Validate(null, new KeyRingOptions()).Succeeded);
        Assert.True(Validator(DatabaseProvider.Sqlite).Validate(null, new KeyRingOptions { KeyEncryptionKeyFile = " " }).Failed);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyEncryptionKey.Length));

    private static KeyEncryptionKey Configured(string base64) => new(Options.Create(new KeyRingOptions { KeyEncryptionKey = base64 }));

    private static ServiceProvider ServicesWith(KeyEncryptionKey key) => new ServiceCollection().AddSingleton(key).BuildServiceProvider();

    private static KeyRingOptionsValidator Validator(string provider) => new(Options.Create(new DatabaseOptions { Provider = provider }));
}
