using Beheermodule.Core.Accounts.Profile;
using Beheermodule.Core.Accounts.Recovery;
using Beheermodule.Core.Activation;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Audit;
using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.AuthorizationManagement.Lifetimes;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Contracts;
using Beheermodule.Core.Data;
using Beheermodule.Core.Hosting.KeyRing;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Templates;
using Beheermodule.Core.Throttling;
using Beheermodule.Core.Upgrades;
using Beheermodule.Web.Accounts;
using Beheermodule.Web.Activation;
using Beheermodule.Web.AuthorizationManagement;
using Beheermodule.Web.Registration;
using Beheermodule.Web.ServiceLogin;

namespace Beheermodule.Web.Infrastructure;

/// <summary>Composes the application from its features; Program.cs only calls these two.</summary>
public static class BeheermoduleHostExtensions
{
    public static WebApplicationBuilder AddBeheermodule(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddDatabase();
        services.AddIssuer();
        services.AddOptions<TemplateOptions>().BindConfiguration(TemplateOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TemplateRenderer>();
        services.AddScoped<AuditLog>();
        services.AddMail();
        services.AddRegistration();
        services.AddAccounts();
        services.AddBackoffice();
        services.AddContracts();
        services.AddActivationLetters();
        services.AddActivation();
        services.AddThrottling();
        services.AddActivationPages();
        services.AddAccountRecovery();
        services.AddProfile();
        services.AddMutations();
        services.AddAuthorizationManagement();
        services.AddAuthorizationManagementPages();
        services.AddAuthorizationLifetimes();
        services.AddServiceLoginServer(builder.Environment);
        services.AddUpgrades();

        services.AddEncryptedKeyRing();

        services.AddRazorPages(options =>
        {
            options.RootDirectory = "/";
            options.Conventions.AuthorizeFolder("/Backoffice", AccountsWebExtensions.StaffPolicy);
            options.Conventions.AuthorizeFolder("/AuthorizationManagement", AuthorizationManagementWebExtensions.BeheerPolicy);
        }).AddMvcOptions(options => DutchModelBindingMessages.Apply(options.ModelBindingMessageProvider));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "bm-antiforgery";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddHealthChecks().AddDbContextCheck<BeheermoduleDbContext>("database");
        builder.AddWebSecurity();
        builder.AddClientCertificates();
        services.AddScoped<DemoData>();
        services.AddScoped<DemoStaff>();
        services.AddScoped<DemoTokens>();
        services.AddScoped<DemoHolder>();
        services.AddSingleton<DemoLoginHints>();
        services.AddHostedService<StartupBanner>();
        return builder;
    }

    public static WebApplication UseBeheermodule(this WebApplication app)
    {
        app.UseForwardedHeaders();
        app.UseClientCertificateForwarding();
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
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.MapHealthChecks("/health");
        app.MapRazorPages();
        app.MapRegistrationEndpoints();
        app.MapActivationEndpoints();
        app.MapPasswordChecklist();
        app.MapServiceLoginEndpoints();
        return app;
    }

    public static async Task MigrateDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().MigrateAsync();
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        if (app.Environment.IsDevelopment())
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
            await scope.ServiceProvider.GetRequiredService<DemoStaff>().SeedAsync();
            await scope.ServiceProvider.GetRequiredService<DemoTokens>().SeedAsync();
            await scope.ServiceProvider.GetRequiredService<DemoHolder>().SeedAsync();
        }
    }
}
