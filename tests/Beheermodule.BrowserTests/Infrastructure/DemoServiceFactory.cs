using System.Net;
using System.Net.Sockets;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.Core.ServiceLogin;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.BrowserTests.Infrastructure;

/// <summary>The demo service (MijnOverijssel) on a real port of its own, logging in through the main app under test.</summary>
public sealed class DemoServiceFactory : WebApplicationFactory<DemoService.Program>
{
    private readonly int _port;
    private readonly string _authority;
    private readonly string _clientId;
    private readonly string _clientSecret;

    /// <param name="port">A port taken beforehand (<see cref="FreePort"/>), when its address had to be known first.</param>
    public DemoServiceFactory(string authority, string clientId, string clientSecret, int? port = null)
    {
        (_authority, _clientId, _clientSecret) = (authority, clientId, clientSecret);
        _port = port ?? FreePort();
        UseKestrel(_port);
    }

    /// <summary>
    /// A demo service of its own for one test, registered as a client of <paramref name="app"/> and started: the demo
    /// data's client points at the fixed demo port.
    /// </summary>
    public static async Task<DemoServiceFactory> StartAsync(BrowserAppFactory app)
    {
        var clientId = "mijnoverijssel-" + Guid.NewGuid().ToString("N")[..8];
        var secret = Guid.NewGuid().ToString("N");
        var demo = new DemoServiceFactory(app.ServerAddress, clientId, secret);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var serviceId = await scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>().Services
                .Where(s => s.ServiceUuid == ServiceCatalogueSeed.MijnOverijssel).Select(s => s.Id).SingleAsync();
            await scope.ServiceProvider.GetRequiredService<ServiceClients>().RegisterAsync(
                new ClientRegistration(serviceId, clientId, [new Uri($"{demo.ServerAddress}/signin-oidc")], [new Uri($"{demo.ServerAddress}/signout-callback-oidc")], EntitledToNames: true),
                "test", secret);
        }
        demo.StartServer();
        return demo;
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

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
