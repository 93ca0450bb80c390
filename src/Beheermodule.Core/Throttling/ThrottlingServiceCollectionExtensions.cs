using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Throttling;

public static class ThrottlingServiceCollectionExtensions
{
    /// <summary>Failure counts in the database, shared by every instance, and their hourly clean-up.</summary>
    public static IServiceCollection AddThrottling(this IServiceCollection services)
    {
        services.AddScoped<FailureLedger>();
        services.AddScoped<RequestFailures>();
        services.AddHostedService<FailedAttemptHousekeeping>();
        return services;
    }
}
