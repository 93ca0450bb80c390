using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Beheermodule.Web.Infrastructure;

/// <summary>Tells the person who just started the app where to go, and in Development how to get in.</summary>
public sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, IWebHostEnvironment environment, DemoLoginHints hints, ILogger<StartupBanner> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            if (address is null)
            {
                return;
            }
            var lines = new List<string> { "", $"  Beheermodule draait op {address}", $"  Aanvragen:        {address}/aanvragen" };
            if (environment.IsDevelopment())
            {
                lines.Add($"  Verzonden e-mail: {address}/dev/mail");
                lines.AddRange(hints.Lines.Select(hint => $"  {hint}"));
            }
            lines.Add("");
            logger.LogInformation("{Banner}", string.Join(Environment.NewLine, lines));
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
