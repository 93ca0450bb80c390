using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Otp;

public static class OtpServiceCollectionExtensions
{
    public static IServiceCollection AddOtp(this IServiceCollection services)
    {
        services.AddSingleton<OtpSeedProtector>();
        services.AddScoped<OtpVerifier>();
        services.AddScoped<AuthenticatorEnrolment>();
        return services;
    }
}
