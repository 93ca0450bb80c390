using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Activation;

public static class ActivationServiceCollectionExtensions
{
    /// <summary>Registers the activation services; they need the DbContext and the code hasher, registered elsewhere.</summary>
    public static IServiceCollection AddActivation(this IServiceCollection services)
    {
        services.AddScoped<ActivationCodeRedemption>();
        return services;
    }
}
