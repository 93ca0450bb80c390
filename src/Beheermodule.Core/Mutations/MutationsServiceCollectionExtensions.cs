using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Mutations;

public static class MutationsServiceCollectionExtensions
{
    public static IServiceCollection AddMutations(this IServiceCollection services)
    {
        services.AddOptions<MutationOptions>().BindConfiguration(MutationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<MutationRequestValidator>();
        services.AddScoped<MutationIntake>();
        services.AddScoped<MutationList>();
        services.AddScoped<MutationNotifier>();
        services.AddScoped<MutationDesk>();
        services.AddScoped<MutationFormPdf>();
        services.AddScoped<MeansEnding>();
        services.AddScoped<KvkNumberChange>();
        services.AddScoped<BranchConversion>();
        services.AddScoped<IMutationHandler, ActivationLetterReplacement>();
        services.AddScoped<IMutationHandler>(provider => provider.GetRequiredService<BranchConversion>());
        services.AddScoped<IMutationHandler>(provider => provider.GetRequiredService<KvkNumberChange>());
        services.AddScoped<IMutationHandler, MeansCancellation>();
        services.AddScoped<IMutationHandler, BankAccountChange>();
        services.AddScoped<IMutationHandler, HolderDetailsChange>();
        services.AddScoped<IMutationHandler, AuthorizationChangeByStaff>();
        services.AddHostedService<MeansEndingSchedule>();
        return services;
    }
}
