using Beheermodule.Core.Accounts.Certificates;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Activation;

public static class ActivationServiceCollectionExtensions
{
    /// <summary>Registers the activation services; they need the DbContext, Identity and the code hasher, registered elsewhere.</summary>
    public static IServiceCollection AddActivation(this IServiceCollection services)
    {
        services.AddOptions<ActivationOptions>().BindConfiguration(ActivationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<ActivationCodeRedemption>();
        services.AddScoped<ActivationAttemptLimiter>();
        services.AddScoped<HolderFactors>();
        services.AddScoped<ActivationSequence>();
        services.AddScoped<ActivationCompletion>();
        services.AddScoped<AccountBinding>();
        services.AddScoped<FactorRegistration>();
        services.AddScoped<ActivationResumption>();
        services.AddPersonalCertificates();
        return services;
    }

}
