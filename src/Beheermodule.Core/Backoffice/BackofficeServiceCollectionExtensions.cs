using Beheermodule.Core.Backoffice.Documents;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Backoffice;

public static class BackofficeServiceCollectionExtensions
{
    public static IServiceCollection AddBackoffice(this IServiceCollection services)
    {
        services.AddOptions<BackofficeOptions>().BindConfiguration(BackofficeOptions.Section).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Backoffice:TimeZone is not a known time zone (for example Europe/Amsterdam).")
            .ValidateOnStart();
        services.AddBackofficeDocuments();
        services.AddSingleton<RushDeadline>();
        services.AddScoped<ApplicationQueue>();
        services.AddSingleton<QueueCounts>();
        services.AddSingleton<QueueCountsInterceptor>();
        // Picked up by the DbContext, which adds every registered interceptor.
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<QueueCountsInterceptor>());
        services.AddScoped<MeansIssuance>();
        services.AddScoped<ApplicationCompletion>();
        services.AddScoped<ApplicationReview>();
        services.AddScoped<ApplicationDocuments>();
        services.AddScoped<RegistryComparison>();
        return services;
    }
}
