using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Contracts;

public static class ContractsServiceCollectionExtensions
{
    /// <summary>Registers the contract PDF renderer; it needs the TemplateRenderer, which is registered elsewhere.</summary>
    public static IServiceCollection AddContracts(this IServiceCollection services)
    {
        services.AddSingleton<ContractPdfRenderer>();
        services.AddSingleton<ApplicationContract>();
        return services;
    }
}
