using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Certificates;

public static class CertificateServiceCollectionExtensions
{
    /// <summary>The trust list and the checks on personal certificates: registering one at activation, logging in with one.</summary>
    public static IServiceCollection AddPersonalCertificates(this IServiceCollection services)
    {
        services.AddOptions<CertificateTrustOptions>().BindConfiguration(CertificateTrustOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CertificateTrustOptions>, CertificateTrustOptionsValidator>());
        services.TryAddSingleton<CertificateTrustList>();
        services.TryAddSingleton<PersonalCertificateCheck>();
        services.TryAddScoped<CertificateOwners>();
        services.TryAddScoped<PersonalCertificateRevocation>();
        return services;
    }
}
