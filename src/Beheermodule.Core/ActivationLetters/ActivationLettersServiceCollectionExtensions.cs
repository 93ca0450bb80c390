using Beheermodule.Core.ActivationLetters.Printing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ActivationLetters;

public static class ActivationLettersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the code generator and hasher with their validated ActivationCodes options, the letter PDF
    /// renderer, and printing: the print queue, batches and the background worker that renders them. Needs the
    /// TemplateRenderer and the backoffice's ApplicationCompletion, which are registered elsewhere.
    /// </summary>
    public static IServiceCollection AddActivationLetters(this IServiceCollection services)
    {
        services.AddOptions<ActivationCodeOptions>()
            .BindConfiguration(ActivationCodeOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ActivationCodeOptions>, ActivationCodeOptionsValidator>());

        services.AddSingleton<IActivationCodeGenerator, ActivationCodeGenerator>();
        services.AddSingleton<ActivationCodeHasher>();
        services.AddSingleton<ActivationLetterPdfRenderer>();
        services.AddSingleton<ActivationCodeIssuer>();
        services.AddScoped<ActivationOverview>();
        services.AddScoped<ActivationCodeMailer>();

        services.AddOptions<PrintingOptions>().BindConfiguration(PrintingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<PrintBatchSignal>();
        services.AddSingleton<PrintBatchRenderer>();
        services.AddScoped<PrintBatches>();
        services.AddScoped<LetterPrintQueue>();
        services.AddHostedService<PrintBatchWorker>();
        return services;
    }
}
