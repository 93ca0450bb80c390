using Beheermodule.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Hosting.KeyRing;

public static class KeyRingServiceCollectionExtensions
{
    /// <summary>Data protection with its key ring in the database, every key encrypted under a key kept outside it.</summary>
    public static IServiceCollection AddEncryptedKeyRing(this IServiceCollection services)
    {
        services.AddOptions<KeyRingOptions>().BindConfiguration(KeyRingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyRingOptions>, KeyRingOptionsValidator>();
        services.AddSingleton<KeyEncryptionKey>();
        services.AddDataProtection()
            .SetApplicationName("Beheermodule")
            .PersistKeysToDbContext<BeheermoduleDbContext>();
        services.AddOptions<KeyManagementOptions>()
            .Configure<KeyEncryptionKey>((options, key) => options.XmlEncryptor = new KeyRingEncryptor(key));
        return services;
    }
}
