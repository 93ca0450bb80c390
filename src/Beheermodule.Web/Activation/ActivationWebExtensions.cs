using Microsoft.AspNetCore.Mvc;

namespace Beheermodule.Web.Activation;

public static class ActivationWebExtensions
{
    public static IServiceCollection AddActivationPages(this IServiceCollection services)
    {
        services.AddSingleton<ActivationProgressCookie>();
        services.AddScoped<ActivationInProgressFilter>();
        services.Configure<MvcOptions>(options => options.Filters.AddService<ActivationInProgressFilter>());
        return services;
    }

    /// <summary>The short address people know from other issuers' letters leads to the activation page.</summary>
    public static IEndpointRouteBuilder MapActivationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/eh-aanmelden", () => Results.Redirect("/activeren"));
        return endpoints;
    }
}
