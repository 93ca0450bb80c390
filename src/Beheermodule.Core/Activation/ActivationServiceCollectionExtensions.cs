using Beheermodule.Core.Accounts.Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

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
        services.AddOptions<CertificateTrustOptions>().BindConfiguration(CertificateTrustOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CertificateTrustOptions>, CertificateTrustOptionsValidator>();
        services.AddSingleton<CertificateTrustList>();
        services.AddSingleton<PersonalCertificateCheck>();
        services.AddHostedService<ActivationHousekeeping>();
        return services;
    }

}
