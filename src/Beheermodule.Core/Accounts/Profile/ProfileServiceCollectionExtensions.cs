using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Accounts.Profile;

public static class ProfileServiceCollectionExtensions
{
    /// <summary>
    /// Registers the holder's profile (rules 7, 9, 10); it needs the DbContext, the mail outbox, the audit log and
    /// OTP. The token provider for e-mail-change links is registered with Identity, by the host.
    /// </summary>
    public static IServiceCollection AddProfile(this IServiceCollection services)
    {
        services.AddScoped<ProfileOverview>();
        services.AddScoped<EmailChange>();
        services.AddScoped<ResponderReplacement>();
        return services;
    }
}
