using Beheermodule.DemoService.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using System.Security.Claims;

namespace Beheermodule.IntegrationTests.DemoService;

/// <summary>
/// The MijnOverijssel demo service on the test server, pointed at a fake Beheermodule: its discovery document is set
/// directly and its token endpoint answers through <see cref="FakeProvider"/>, so nothing leaves the machine.
/// </summary>
public class DemoServiceFactory : WebApplicationFactory<Beheermodule.DemoService.Program>
{
    public const string Authority = "https://beheermodule.test";
    public const string ClientId = "mijnoverijssel-test";
    public const string ClientSecret = "test-geheim";

    /// <summary>Test-only address that signs in through the real cookie scheme with the claims in its query.</summary>
    public const string SignInPath = "/test/aanmelden";

    public FakeProvider Provider { get; } = new(Authority, ClientId, ClientSecret);

    protected virtual string EnvironmentName => "Development";

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"{DemoServiceOptions.Section}:{nameof(DemoServiceOptions.Authority)}"] = Authority,
        [$"{DemoServiceOptions.Section}:{nameof(DemoServiceOptions.ClientId)}"] = ClientId,
        [$"{DemoServiceOptions.Section}:{nameof(DemoServiceOptions.ClientSecret)}"] = ClientSecret,
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            // Registered after the app's own configuration, so these win; the handler's post-configuration then
            // wraps the fixed document instead of fetching /.well-known/openid-configuration.
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, options =>
            {
                options.Configuration = Provider.Configuration;
                options.Backchannel = new HttpClient(Provider);
            });
            services.AddSingleton<IStartupFilter, TestSignInEndpoint>();
        });
    }

    public HttpClient CreateBrowserClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    /// <summary>A browser already signed in to the service (the cookie the callback would set), with these claims.</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(IEnumerable<KeyValuePair<string, string>> claims)
    {
        var client = CreateBrowserClient();
        var query = string.Join('&', claims.Select(c => $"{Uri.EscapeDataString(c.Key)}={Uri.EscapeDataString(c.Value)}"));
        var response = await client.GetAsync($"{SignInPath}?{query}");
        Assert.Equal(System.Net.HttpStatusCode.NoContent, response.StatusCode);
        return client;
    }

    private sealed class TestSignInEndpoint : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // Not app.Map: that would move the path into PathBase, and the cookie's path with it.
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path != SignInPath)
                {
                    await nextMiddleware();
                    return;
                }
                var claims = context.Request.Query.SelectMany(pair => pair.Value.Select(value => new Claim(pair.Key, value ?? "")));
                var identity = new ClaimsIdentity(claims, OpenIdConnectDefaults.AuthenticationScheme, "sub", "role");
                await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
                context.Response.StatusCode = StatusCodes.Status204NoContent;
            });
            next(app);
        };
    }
}
