using System.Security.Cryptography;
using Beheermodule.Core.Data;
using Beheermodule.Core.Hosting.KeyRing;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Security;

/// <summary>The key ring sits in the database; what it protects (OTP seeds first of all) must not open with the database alone.</summary>
public sealed class KeyRingAtRestTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task KeysInTheDatabase_AreEncrypted()
    {
        var sealedSeed = ProtectSeed(factory.Services);

        var keys = await factory.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedKey", xml);
            Assert.Contains(nameof(KeyRingDecryptor), xml);
            Assert.DoesNotContain("<masterKey", xml);
        });
        Assert.NotEmpty(sealedSeed);
    }

    [Fact]
    public async Task Seed_DoesNotOpen_WithTheDatabaseButAnotherKeyEncryptionKey()
    {
        var sealedSeed = ProtectSeed(factory.Services);
        await using var sameKey = Outsider(factory.DatabaseFile, File.ReadAllText(factory.KeyEncryptionKeyFile).Trim());
        await using var otherKey = Outsider(factory.DatabaseFile, Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyEncryptionKey.Length)));

        Assert.Equal(Seed, sameKey.GetRequiredService<OtpSeedProtector>().Unprotect(sealedSeed));
        Assert.ThrowsAny<CryptographicException>(() => otherKey.GetRequiredService<OtpSeedProtector>().Unprotect(sealedSeed));
    }

    private static readonly byte[] Seed = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20];

    private static string ProtectSeed(IServiceProvider services) => services.GetRequiredService<OtpSeedProtector>().Protect(Seed);

    /// <summary>Someone holding a copy of the database, with the app's code and a key encryption key of their choice.</summary>
    private static ServiceProvider Outsider(string databaseFile, string keyEncryptionKey)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection([new($"{KeyRingOptions.Section}:{nameof(KeyRingOptions.KeyEncryptionKey)}", keyEncryptionKey)])
            .Build());
        services.AddDbContext<BeheermoduleDbContext>(options => DatabaseServiceCollectionExtensions.Configure(options, new DatabaseOptions { ConnectionString = $"Data Source={databaseFile}" }));
        services.AddEncryptedKeyRing();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<OtpSeedProtector>();
        return services.BuildServiceProvider();
    }
}
