using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Activation;

public static class ActivationWebExtensions
{
    public static IServiceCollection AddActivationPages(this IServiceCollection services)
    {
        services.AddSingleton<ActivationProgressCookie>();
        services.AddScoped<ActivationInProgressFilter>();
        services.Configure<MvcOptions>(options => options.Filters.AddService<ActivationInProgressFilter>());
        // The address printed on older letters.
        services.Configure<RazorPagesOptions>(options => options.Conventions.AddPageRoute("/Activation/Index", "eh-aanmelden"));
        return services;
    }
}
