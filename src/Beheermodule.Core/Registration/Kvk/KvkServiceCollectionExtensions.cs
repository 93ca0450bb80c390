using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration.Kvk;

public static class KvkServiceCollectionExtensions
{
    public static IServiceCollection AddKvkRegistry(this IServiceCollection services)
    {
        services.AddOptions<KvkOptions>()
            .BindConfiguration(KvkOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KvkOptions>, KvkOptionsValidator>());

        services.TryAddSingleton<EmbeddedKvkRegistry>();
        // KvkApiRegistry bounds each whole lookup by Kvk:TimeoutSeconds; the client default would cap it at 100 s.
        services.AddHttpClient<KvkApiRegistry>(client => client.Timeout = Timeout.InfiniteTimeSpan);

        services.TryAddTransient<IKvkRegistry>(provider =>
            provider.GetRequiredService<IOptions<KvkOptions>>().Value.UsesApi
                ? provider.GetRequiredService<KvkApiRegistry>()
                : provider.GetRequiredService<EmbeddedKvkRegistry>());

        return services;
    }
}
