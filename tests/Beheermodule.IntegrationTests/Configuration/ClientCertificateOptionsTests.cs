using Beheermodule.Web.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.IntegrationTests.Configuration;

/// <summary>Certificates:ForwardedHeader, as registered by the host: a header name or empty, and handed to certificate forwarding.</summary>
public sealed class ClientCertificateOptionsTests
{
    private static WebApplication Build(string forwardedHeader)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Certificates:ForwardedHeader"] = forwardedHeader });
        builder.AddClientCertificates();
        return builder.Build();
    }

    [Fact]
    public void Nothing_IsAccepted_AndLeavesForwardingOff()
    {
        using var app = Build("");

        Assert.Equal("", app.Services.GetRequiredService<IOptions<ClientCertificateOptions>>().Value.ForwardedHeader);
        Assert.NotEqual("", app.Services.GetRequiredService<IOptions<CertificateForwardingOptions>>().Value.CertificateHeader);
    }

    [Theory]
    [InlineData("X-Client-Cert")]
    [InlineData("ssl-client-cert")]
    [InlineData("X-SSL-Client-Cert")]
    public void AHeaderName_IsAccepted_AndForwardingReadsThatHeader(string header)
    {
        using var app = Build(header);

        Assert.Equal(header, app.Services.GetRequiredService<IOptions<ClientCertificateOptions>>().Value.ForwardedHeader);
        Assert.Equal(header, app.Services.GetRequiredService<IOptions<CertificateForwardingOptions>>().Value.CertificateHeader);
    }

    [Theory]
    [InlineData("X Client Cert")]
    [InlineData("X-Client-Cert:")]
    public void AnythingElse_StopsTheStart_NamingTheSetting(string header)
    {
        using var app = Build(header);

        var error = Assert.Throws<OptionsValidationException>(() => app.Services.GetRequiredService<IOptions<ClientCertificateOptions>>().Value);
        Assert.Contains(error.Failures, failure => failure.Contains("Certificates:ForwardedHeader", StringComparison.Ordinal));
    }
}
