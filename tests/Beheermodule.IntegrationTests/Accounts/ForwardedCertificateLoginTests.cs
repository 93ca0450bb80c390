using Beheermodule.Core.Accounts;
using System.Net;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// Behind a TLS-terminating proxy, configured with Certificates:ForwardedHeader: the certificate arrives in that
/// header, as base64 DER or as nginx's URL-encoded PEM. (Without the setting the header is ignored: see
/// <see cref="CertificateLoginTests.TheForwardedHeader_IsIgnored_WhenNoneIsConfigured"/>.)
/// </summary>
public sealed class ForwardedCertificateLoginTests(ForwardedCertificateFactory factory) : IClassFixture<ForwardedCertificateFactory>
{
    private HttpClient Forwarding(string headerValue)
    {
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(ForwardedCertificateFactory.Header, headerValue);
        return client;
    }

    [Fact]
    public async Task AForwardedDerCertificate_SignsIn()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        var client = Forwarding(Convert.ToBase64String(holder.Certificate.RawData));

        var response = await CertificateLogIns.LogInAsync(client);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
        Assert.Contains($"{SignInMethod.ClaimType}={SignInMethod.Certificate}", await CertificateFactory.SessionClaimsAsync(client));
    }

    [Fact]
    public async Task AForwardedUrlEncodedPem_SignsIn()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);

        var response = await CertificateLogIns.LogInAsync(Forwarding(Uri.EscapeDataString(holder.Certificate.ExportCertificatePem())));

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AForwardedCertificate_IsCheckedLikeAnyOther()
    {
        using var otherPki = new ThrowawayPki("Onbekende CA");
        using var foreign = otherPki.Issue("H. Houder");

        var page = await CertificateLogIns.RefusalPageAsync(await CertificateLogIns.LogInAsync(Forwarding(Convert.ToBase64String(foreign.RawData))));

        Assert.Contains("niet uitgegeven door een PKIoverheid-certificaatuitgever die wij vertrouwen", CertificateLogIns.Alert(page));
    }

    [Fact]
    public async Task AHeaderWithoutACertificate_CountsAsNone()
    {
        var (response, page) = await new BrowserLikeClient(Forwarding("geen-certificaat")).GetAsync(CertificateLogIns.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("geen certificaat gegeven", page.Body!.TextContent);
    }
}

/// <summary>A refused certificate counts as a failed sign-in from its IP address, as a wrong password does.</summary>
public sealed class CertificateLoginRateLimitTests(CertificateLoginRateLimitTests.Factory factory) : IClassFixture<CertificateLoginRateLimitTests.Factory>
{
    public sealed class Factory : CertificateFactory
    {
        protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            ["RateLimiting:FailedSignInsPerAddressPerQuarterHour"] = "3",
        };
    }

    [Fact]
    public async Task RefusedCertificatesAboveTheLimitPerAddress_AreTurnedAway_WithTheWait()
    {
        using var certificate = factory.Pki.Issue("Niet Geregistreerd");
        var client = factory.CreateBrowserClient(certificate);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CertificateLogIns.LogInAsync(client)).StatusCode);
        }

        var turnedAway = await CertificateLogIns.LogInAsync(client);
        Assert.Equal(HttpStatusCode.TooManyRequests, turnedAway.StatusCode);
        Assert.Contains("Probeer het over 15 minuten opnieuw.", await turnedAway.Content.ReadAsStringAsync());
    }
}
