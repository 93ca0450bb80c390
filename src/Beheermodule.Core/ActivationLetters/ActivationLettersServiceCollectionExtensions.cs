using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ActivationLetters;

public static class ActivationLettersServiceCollectionExtensions
{
    /// <summary>
    /// Registers the code generator, the code hasher with its validated ActivationCodes options, and the letter
    /// PDF renderer; the renderer needs the TemplateRenderer, which is registered elsewhere.
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
        return services;
    }
}
