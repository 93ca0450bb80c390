using Beheermodule.Core.Otp.Reenrolment;
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
        services.AddScoped<ResponderReenrolment>();
        services.AddSingleton<ReenrolmentPasswordProof>();
        return services;
    }
}
