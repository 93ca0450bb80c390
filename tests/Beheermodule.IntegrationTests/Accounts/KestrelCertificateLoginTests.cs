using Beheermodule.Core.Accounts;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// The certificate log-in over a real TLS handshake: Kestrel on an HTTPS port configured as in production
/// (Kestrel:Endpoints:Https:ClientCertificateMode = AllowCertificate), the client proving its private key. The throwaway
/// CA is in no machine trust store, so this also shows Kestrel leaves the trust decision to the app.
/// </summary>
public sealed class KestrelCertificateLoginTests(KestrelCertificateLoginTests.Factory factory) : IClassFixture<KestrelCertificateLoginTests.Factory>
{
    public sealed class Factory : CertificateFactory
    {
        private const string ServerCertificatePassword = "test";

        private readonly int _port = FreePort();
        private readonly string _serverCertificateFile = WriteServerCertificate();

        public Factory() => UseKestrel();

        public Uri ServerAddress => new($"https://localhost:{_port}");

        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["Kestrel:Endpoints:Https:Url"] = $"https://127.0.0.1:{_port}",
            ["Kestrel:Endpoints:Https:ClientCertificateMode"] = "AllowCertificate",
            ["Kestrel:Endpoints:Https:Certificate:Path"] = _serverCertificateFile,
            ["Kestrel:Endpoints:Https:Certificate:Password"] = ServerCertificatePassword,
        };

        /// <summary>A browser on its own TLS connections, giving <paramref name="certificate"/> when the server asks for one.</summary>
        public HttpClient CreateTlsClient(X509Certificate2? certificate)
        {
            StartServer();
            var tls = new SslClientAuthenticationOptions { RemoteCertificateValidationCallback = (_, _, _, _) => true };
            if (certificate is not null)
            {
                tls.LocalCertificateSelectionCallback = (_, _, _, _, _) => certificate;
            }
            return new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, SslOptions = tls }) { BaseAddress = ServerAddress };
        }

        private static string WriteServerCertificate()
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var names = new SubjectAlternativeNameBuilder();
            names.AddDnsName("localhost");
            request.CertificateExtensions.Add(names.Build());
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            var folder = Path.Combine(Path.GetTempPath(), "beheermodule-tests", "tls");
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, $"server-{Guid.NewGuid():N}.pfx");
            File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, ServerCertificatePassword));
            return path;
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
    }

    [Fact]
    public async Task TheRegisteredCertificate_FromTheHandshake_SignsIn()
    {
        using var certificate = factory.Pki.IssueWithPrivateKey("H. Houder");
        await CertificateLogIns.HolderAsync(factory, certificate);
        using var client = factory.CreateTlsClient(certificate);

        var response = await CertificateLogIns.LogInAsync(client);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains($"{SignInMethod.ClaimType}={SignInMethod.Certificate}", await CertificateFactory.SessionClaimsAsync(client));
    }

    [Fact]
    public async Task WithoutACertificate_InTheHandshake_ThePageExplains()
    {
        using var client = factory.CreateTlsClient(certificate: null);

        var page = await new BrowserLikeClient(client).GetPageAsync(CertificateLogIns.Path);

        Assert.Contains("geen certificaat gegeven", page.Body!.TextContent);
    }
}
