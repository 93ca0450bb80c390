using Beheermodule.Core.Registration.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Beheermodule.Core.Registration;

/// <summary>Hourly: unconfirmed EH1 applications expire, and abandoned drafts are removed. Safe to run on every instance.</summary>
public sealed class RegistrationHousekeeping(IServiceScopeFactory scopes, TimeProvider clock, ILogger<RegistrationHousekeeping> logger) : BackgroundService
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                logger.LogInformation("Registration housekeeping met another instance doing the same; it runs again later.");
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Registration housekeeping failed; it runs again later.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
