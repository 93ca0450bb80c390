using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Mail;

public static class MailServiceCollectionExtensions
{
    /// <summary>
    /// Registers the outbox, its dispatcher and the transport. Needs TemplateRenderer, AuditLog, TimeProvider, Data
    /// Protection and the DbContext, which are registered elsewhere; the DbContext must add the registered
    /// <see cref="IInterceptor"/>s.
    /// </summary>
    public static IServiceCollection AddMail(this IServiceCollection services)
    {
        services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<MailOptions>, MailOptionsValidator>();

        services.AddSingleton<MailBodyProtector>();
        services.AddScoped<MailOutbox>();
        services.AddSingleton<MailMessageFactory>();
        services.AddSingleton<MailPickupDirectory>();
        services.AddSingleton<IMailTransport>(provider =>
            provider.GetRequiredService<IOptions<MailOptions>>().Value.UsesSmtp
                ? ActivatorUtilities.CreateInstance<SmtpMailTransport>(provider)
                : ActivatorUtilities.CreateInstance<PickupDirectoryMailTransport>(provider));

        services.AddSingleton<MailDispatchSignal>();
        services.AddSingleton<MailOutboxInterceptor>();
        services.AddSingleton<IInterceptor>(provider => provider.GetRequiredService<MailOutboxInterceptor>());

        services.AddSingleton<MailDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<MailDispatcher>());
        return services;
    }
}
