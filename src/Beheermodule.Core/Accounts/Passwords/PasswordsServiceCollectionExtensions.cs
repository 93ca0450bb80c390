using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Passwords;

public static class PasswordsServiceCollectionExtensions
{
    public static IServiceCollection AddPasswords(this IServiceCollection services)
    {
        services.AddOptions<PasswordPolicyOptions>().BindConfiguration(PasswordPolicyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // The list is read from the assembly once; every check after that is a set look-up.
        services.AddSingleton(_ => CommonPasswords.LoadEmbedded());
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<PasswordPolicyOptions>>().Value;
            return new PasswordPolicy(options.Preset, provider.GetRequiredService<CommonPasswords>(), options.HistoryDepth);
        });
        services.AddSingleton<PasswordGenerator>();
        services.AddSingleton<PasswordHistoryRecorder>();
        services.AddScoped<AccountPasswordContext>();
        services.AddScoped<PasswordChangeNotice>();
        services.AddScoped<PasswordChange>();
        // Picked up by the DbContext, which adds every registered interceptor.
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<PasswordHistoryRecorder>());
        return services;
    }
}
