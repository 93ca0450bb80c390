using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Beheermodule.BrowserTests.Infrastructure;

/// <summary>The demo service (MijnOverijssel) on a real port of its own, logging in through the main app under test.</summary>
public sealed class DemoServiceFactory : WebApplicationFactory<DemoService.Program>
{
    private readonly int _port = FreePort();
    private readonly string _authority;
    private readonly string _clientId;
    private readonly string _clientSecret;

    public DemoServiceFactory(string authority, string clientId, string clientSecret)
    {
        (_authority, _clientId, _clientSecret) = (authority, clientId, clientSecret);
        UseKestrel(_port);
    }

    /// <summary>"localhost" rather than the main app's 127.0.0.1: the two sites keep their cookies apart.</summary>
    public string ServerAddress => $"http://localhost:{_port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Beheermodule:Authority", _authority);
        builder.UseSetting("Beheermodule:ClientId", _clientId);
        builder.UseSetting("Beheermodule:ClientSecret", _clientSecret);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
