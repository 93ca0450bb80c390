using Beheermodule.DemoService.Login;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Beheermodule.DemoService.Infrastructure;

public static class DemoServiceHostExtensions
{
    public static WebApplicationBuilder AddDemoService(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DemoServiceOptions>()
            .BindConfiguration(DemoServiceOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.AddRazorPages(options => options.RootDirectory = "/");
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "mo-antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddScoped<LoginEvents>();
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie(options =>
            {
                options.Cookie.Name = "mijnoverijssel";
                options.Cookie.SameSite = SameSiteMode.Lax;
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
                options.SlidingExpiration = true;
            })
            .AddOpenIdConnect(options =>
            {
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.UsePkce = true;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("profile");
                options.MapInboundClaims = false;
                options.SaveTokens = false;
                options.GetClaimsFromUserInfoEndpoint = false;
                options.CallbackPath = "/signin-oidc";
                options.SignedOutCallbackPath = "/signout-callback-oidc";
                options.SignedOutRedirectUri = "/";
                options.TokenValidationParameters.NameClaimType = "sub";
                // The handler drops acr by default, but the level of assurance is what the service decides on.
                options.ClaimActions.Remove("acr");
                // The code comes back in a top-level GET (response_mode=query, the code flow's default), so the
                // correlation and nonce cookies can be SameSite=Lax, and work on plain http on localhost; behind
                // https they are Secure.
                options.ResponseMode = OpenIdConnectResponseMode.Query;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.EventsType = typeof(LoginEvents);
            });
        services.AddOptions<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme)
            .Configure<IOptions<DemoServiceOptions>>((oidc, demo) =>
            {
                var settings = demo.Value;
                oidc.Authority = settings.Authority;
                oidc.ClientId = settings.ClientId;
                oidc.ClientSecret = settings.ClientSecret;
                oidc.RequireHttpsMetadata = settings.AuthorityIsHttps;
            });
        return builder;
    }

    public static WebApplication UseDemoService(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/fout");
            app.UseHsts();
        }
        app.UseSecurityHeaders();
        app.UseStatusCodePagesWithReExecute("/fout/{0}");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        return app;
    }
}
