using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Beheermodule.Core.Hosting;

public static class JobLeaseServiceCollectionExtensions
{
    /// <summary>Registers <see cref="JobLeases"/>; safe to call from every feature with a scheduled job.</summary>
    public static IServiceCollection AddJobLeases(this IServiceCollection services)
    {
        services.TryAddSingleton<JobInstance>();
        services.TryAddScoped<JobLeases>();
        return services;
    }
}
