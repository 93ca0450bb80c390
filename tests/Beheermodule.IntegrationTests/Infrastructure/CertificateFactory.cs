using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Infrastructure;

/// <summary>
/// The application with a throwaway CA as its only trusted PKIoverheid CA. The test server has no TLS, so a client
/// made by <see cref="CreateBrowserClient(X509Certificate2)"/> presents its certificate the way Kestrel would after
/// the handshake: in the connection, before the app's own pipeline runs.
/// </summary>
public class CertificateFactory : BeheermoduleFactory
{
    /// <summary>Test-only: carries the certificate from the client to the stand-in for the TLS layer, which removes it.</summary>
    private const string TlsCertificateHeader = "X-Test-Tls-Client-Certificate";

    /// <summary>Test-only: answers with the session's claims, one "type=value" a line.</summary>
    public const string ClaimsPath = "/test/sessie-claims";

    private readonly string _caFile;

    public CertificateFactory() => _caFile = Pki.WriteCa(Path.Combine(Path.GetTempPath(), "beheermodule-tests", "ca"));

    public ThrowawayPki Pki { get; } = new();

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Certificates:TrustedCaFiles:0"] = _caFile,
        ["Activation:FailedAttemptsPerQuarterHour"] = "1000",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, TlsStandIn>());
    }

    /// <summary>A browser whose TLS connection presents <paramref name="certificate"/>, as after choosing it and typing the smartcard PIN.</summary>
    public HttpClient CreateBrowserClient(X509Certificate2 certificate) => PresentCertificate(CreateBrowserClient(), certificate);

    /// <summary>From now on the client's TLS connection presents <paramref name="certificate"/>.</summary>
    public static HttpClient PresentCertificate(HttpClient client, X509Certificate2 certificate)
    {
        client.DefaultRequestHeaders.Remove(TlsCertificateHeader);
        client.DefaultRequestHeaders.Add(TlsCertificateHeader, Convert.ToBase64String(certificate.RawData));
        return client;
    }

    /// <summary>The claims of the session the client's cookie belongs to; empty when it is not signed in.</summary>
    public static async Task<IReadOnlyList<string>> SessionClaimsAsync(HttpClient client) =>
        (await client.GetStringAsync(ClaimsPath)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private sealed class TlsStandIn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(TlsCertificateHeader, out var value))
                {
                    context.Request.Headers.Remove(TlsCertificateHeader);
                    context.Connection.ClientCertificate = X509CertificateLoader.LoadCertificate(Convert.FromBase64String(value.ToString()));
                }
                if (context.Request.Path == ClaimsPath)
                {
                    var session = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
                    await context.Response.WriteAsync(string.Join('\n', session.Principal?.Claims.Select(c => $"{c.Type}={c.Value}") ?? []));
                    return;
                }
                await nextMiddleware();
            });
            next(app);
        };
    }
}

/// <summary>The same, behind a TLS-terminating proxy that forwards the client certificate in a header.</summary>
public sealed class ForwardedCertificateFactory : CertificateFactory
{
    public const string Header = "X-Client-Cert";

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
    {
        ["Certificates:ForwardedHeader"] = Header,
    };
}
