using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Accounts.Recovery;

public static class RecoveryServiceCollectionExtensions
{
    /// <summary>
    /// Registers account recovery (rule 8); it needs the DbContext, the mail outbox and the audit log. The token
    /// provider for reset links is registered with Identity, by the host.
    /// </summary>
    public static IServiceCollection AddAccountRecovery(this IServiceCollection services)
    {
        services.AddScoped<UserNameReminder>();
        services.AddScoped<PasswordReset>();
        return services;
    }
}
