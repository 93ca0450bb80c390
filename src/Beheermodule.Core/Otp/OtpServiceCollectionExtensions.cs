using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Otp;

public static class OtpServiceCollectionExtensions
{
    public static IServiceCollection AddOtp(this IServiceCollection services)
    {
        services.AddSingleton<OtpSeedProtector>();
        services.AddScoped<OtpVerifier>();
        services.AddScoped<AuthenticatorEnrolment>();
        services.AddScoped<HardwareTokenImport>();
        services.AddScoped<HardwareTokenEnrolment>();
        services.AddScoped<OtpResponderLookup>();
        services.AddScoped<OtpHelpdeskCheck>();
        services.AddScoped<OtpResponderResynchronisation>();
        services.AddScoped<OtpResponderRevocation>();
        return services;
    }
}
