using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Backoffice.Documents;

public static class DocumentsServiceCollectionExtensions
{
    /// <summary>Registers the document options (validated at start-up) and the store.</summary>
    public static IServiceCollection AddBackofficeDocuments(this IServiceCollection services)
    {
        services.AddOptions<DocumentOptions>()
            .BindConfiguration(DocumentOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DocumentStore>();
        return services;
    }
}
