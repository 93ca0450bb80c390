using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.ServiceLogin;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Beheermodule.Web.ServiceLogin;

/// <summary>
/// Beheermodule as an OpenID Connect provider for the services of the catalogue: the authorisation code flow with
/// PKCE, clients and their hashed secrets in OpenIddict's tables, the check and the claims in our own pages.
/// </summary>
public static class ServiceLoginWebExtensions
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string EndSessionPath = "/connect/uitloggen";

    public static IServiceCollection AddServiceLoginServer(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddServiceLogin();
        services.AddOpenIddict()
            .AddCore(options => options.UseEntityFrameworkCore().UseDbContext<BeheermoduleDbContext>())
            .AddServer(options =>
            {
                options.SetAuthorizationEndpointUris(AuthorizePath[1..])
                    .SetTokenEndpointUris(TokenPath[1..])
                    .SetEndSessionEndpointUris(EndSessionPath[1..]);
                options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
                options.RegisterScopes(Scopes.OpenId, Scopes.Profile);
                var aspNetCore = options.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (environment.IsDevelopment())
                {
                    // The demo service and the main app talk plain HTTP on localhost; elsewhere OpenIddict insists on HTTPS.
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            });
        services.AddOptions<OpenIddictServerOptions>()
            .Configure<IOptions<ServiceLoginOptions>, IOptions<IssuerOptions>>((server, login, issuer) =>
            {
                server.Issuer = new Uri(issuer.Value.PublicBaseUrl.TrimEnd('/') + "/");
                server.SigningCredentials.Add(ServiceLoginKeys.Signing(login.Value));
                server.EncryptionCredentials.Add(ServiceLoginKeys.Encryption(login.Value));
            });
        return services;
    }

    public static IEndpointRouteBuilder MapServiceLoginEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost(TokenPath, TokenEndpoint.ExchangeAsync).DisableAntiforgery();
        app.MapMethods(EndSessionPath, [HttpMethods.Get, HttpMethods.Post], EndSessionEndpoint.SignOutAsync).DisableAntiforgery();
        return app;
    }
}
