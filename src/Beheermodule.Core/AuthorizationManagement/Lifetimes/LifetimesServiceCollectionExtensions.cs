using Beheermodule.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.AuthorizationManagement.Lifetimes;

public static class LifetimesServiceCollectionExtensions
{
    /// <summary>Registers the daily check of machtigingen and aanmeldcodes; it needs the DbContext, mail and audit, registered elsewhere.</summary>
    public static IServiceCollection AddAuthorizationLifetimes(this IServiceCollection services)
    {
        services.AddOptions<AuthorizationLifetimesOptions>().BindConfiguration(AuthorizationLifetimesOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.SecondReminderDays < o.FirstReminderDays,
                "AuthorizationLifetimes:SecondReminderDays must be fewer than AuthorizationLifetimes:FirstReminderDays.")
            .ValidateOnStart();
        services.AddJobLeases();
        services.AddScoped(sp => new AuthorizationLifetime(sp.GetRequiredService<IOptions<AuthorizationLifetimesOptions>>().Value));
        services.AddScoped<AuthorizationLifetimes>();
        services.AddScoped<AuthorizationLifetimesDailyRun>();
        services.AddHostedService<AuthorizationLifetimesJob>();
        return services;
    }
}
