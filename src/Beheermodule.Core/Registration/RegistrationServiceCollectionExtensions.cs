using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Core.Registration.Kvk;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.Registration;

public static class RegistrationServiceCollectionExtensions
{
    public static IServiceCollection AddRegistration(this IServiceCollection services)
    {
        services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<FeeOptions>().BindConfiguration(FeeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddKvkRegistry();
        services.AddScoped<ServiceCatalogue>();
        services.AddScoped<ServiceCatalogueSeeder>();
        services.AddSingleton<FeeCalculator>();
        services.AddScoped<DraftValidator>();
        services.AddScoped<DraftReview>();
        services.AddScoped<DraftEmailCheck>();
        services.AddScoped<BeheerderMeansMatching>();
        services.AddScoped<RepresentativeAuthorityCheck>();
        services.AddScoped<OrganisationLookup>();
        services.AddScoped<ApplicationDraftStore>();
        services.AddScoped<StatusLinks>();
        services.AddScoped<ApplicantGuidance>();
        services.AddScoped<ApplicationNotifier>();
        services.AddScoped<ApplicationSubmission>();
        services.AddScoped<ApplicationConfirmation>();
        services.AddHostedService<RegistrationHousekeeping>();
        return services;
    }
}
