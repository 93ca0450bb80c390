using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ServiceLogin;

public static class ServiceLoginServiceCollectionExtensions
{
    /// <summary>Logging in at services: the access check (rule 16), the pseudonyms (rule 15) and their secrets.</summary>
    public static IServiceCollection AddServiceLogin(this IServiceCollection services)
    {
        services.AddOptions<ServiceLoginOptions>().BindConfiguration(ServiceLoginOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ServiceLoginOptions>, ServiceLoginOptionsValidator>();
        services.AddSingleton<ActingSubjectPseudonyms>();
        services.AddSingleton<ServiceClientOrigins>();
        services.AddScoped<ServiceAccessCheck>();
        services.AddScoped<ServiceClients>();
        return services;
    }
}
