using Beheermodule.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.AuthorizationManagement.Lifetimes;

/// <summary>
/// Checks every <see cref="AuthorizationLifetimesOptions.CheckInterval"/> whether today's check of machtigingen
/// has been done, and does it when not; hourly checks make a missed day (the app was down at midnight) come soon.
/// </summary>
public sealed class AuthorizationLifetimesJob(
    IServiceScopeFactory scopes,
    IOptions<AuthorizationLifetimesOptions> options,
    TimeProvider clock,
    ILogger<AuthorizationLifetimesJob> logger)
    : PeriodicJob(options.Value.CheckInterval, clock, logger)
{
    protected override string Name => "Daily check of machtigingen";

    protected override async Task RunPassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AuthorizationLifetimesDailyRun>().RunIfDueAsync(cancellationToken);
    }
}
