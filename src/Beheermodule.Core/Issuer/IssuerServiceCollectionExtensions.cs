using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Issuer;

public static class IssuerServiceCollectionExtensions
{
    public static IServiceCollection AddIssuer(this IServiceCollection services)
    {
        services.AddOptions<IssuerOptions>()
            .BindConfiguration(IssuerOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services;
    }
}
