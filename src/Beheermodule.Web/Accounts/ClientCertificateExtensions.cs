using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Accounts;

public static class ClientCertificateExtensions
{
    /// <summary>
    /// The client certificate for the EH4 log-in: from Kestrel's TLS connection, or from the proxy's header when
    /// <see cref="ClientCertificateOptions.ForwardedHeader"/> names one. It only identifies a person at
    /// <c>/inloggen/certificaat</c>, which checks it against the configured trust list.
    /// </summary>
    public static WebApplicationBuilder AddClientCertificates(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ClientCertificateOptions>().BindConfiguration(ClientCertificateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddCertificateForwarding(_ => { });
        builder.Services.AddOptions<CertificateForwardingOptions>().Configure<IOptions<ClientCertificateOptions>>((options, certificates) =>
        {
            // Empty: the middleware is not used at all, and forwarding's own options refuse an empty header name.
            if (certificates.Value.ForwardedHeader.Length > 0)
            {
                options.CertificateHeader = certificates.Value.ForwardedHeader;
            }
            // The forwarding feature logs a converter's exception and reads on as "no certificate".
            options.HeaderConverter = value => ForwardedClientCertificate.Read(value) ?? throw new FormatException("The forwarded client certificate header holds no certificate.");
        });
        // Kestrel would otherwise refuse the TLS handshake for a certificate outside the machine's trust store; the
        // log-in page checks it against the PKIoverheid trust list of the app itself, with the injected clock.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ClientCertificateValidation = (_, _, _) => true));
        return builder;
    }

    /// <summary>Believes the forwarded certificate header only when it is configured; otherwise nothing reads it.</summary>
    public static WebApplication UseClientCertificateForwarding(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ClientCertificateOptions>>().Value.ForwardedHeader.Length > 0)
        {
            app.UseCertificateForwarding();
        }
        return app;
    }
}
