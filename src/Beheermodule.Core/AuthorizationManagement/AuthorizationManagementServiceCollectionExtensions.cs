using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.AuthorizationManagement;

public static class AuthorizationManagementServiceCollectionExtensions
{
    /// <summary>The beheermodule: which organisations a person manages, granting and changing machtigingen, applying for new colleagues.</summary>
    public static IServiceCollection AddAuthorizationManagement(this IServiceCollection services)
    {
        services.AddScoped<ManagedOrganisations>();
        services.AddScoped<AuthorizationGrant>();
        services.AddScoped<AuthorizationChanges>();
        services.AddScoped<OrganisationOverview>();
        services.AddScoped<ColleagueApplication>();
        services.AddScoped<ColleagueImport>();
        return services;
    }
}
