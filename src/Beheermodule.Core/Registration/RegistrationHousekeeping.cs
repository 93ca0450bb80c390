using Beheermodule.Core.Hosting;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Beheermodule.Core.Registration;

/// <summary>Hourly: unconfirmed EH1 applications expire, and abandoned drafts are removed. Safe to run on every instance.</summary>
public sealed class RegistrationHousekeeping(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RegistrationHousekeeping> logger)
    : PeriodicJob(Interval, clock, logger)
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    public async Task RunOnceAsync(CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var expired = await scope.ServiceProvider.GetRequiredService<ApplicationConfirmation>().ExpireOverdueAsync(cancellationToken);
        var drafts = await scope.ServiceProvider.GetRequiredService<ApplicationDraftStore>().DeleteExpiredAsync(cancellationToken);
        if (expired + drafts > 0)
        {
            logger.LogInformation("Registration housekeeping: {Expired} application(s) expired, {Drafts} draft(s) removed.", expired, drafts);
        }
    }

    protected override string Name => "Registration housekeeping";

    protected override Task RunPassAsync(CancellationToken cancellationToken) => RunOnceAsync(cancellationToken);
}
