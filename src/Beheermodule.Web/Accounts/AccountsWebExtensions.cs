using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Core.Accounts.Profile;
using Beheermodule.Core.Accounts.Recovery;
using Beheermodule.Core.Accounts.Sessions;
using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Otp.Reenrolment;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Beheermodule.Web.Accounts;

public static class AccountsWebExtensions
{
    public const string StaffPolicy = "Staff";

    /// <summary>The claim Identity adds after the second factor; staff pages require it.</summary>
    public const string MultiFactorClaim = "amr";
    public const string MultiFactorValue = "mfa";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOtp();
        services.AddScoped<EmailAddressOwnership>();
        services.AddPasswords();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        services.AddIdentity<UserAccount, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.Name;
                options.Tokens.ChangeEmailTokenProvider = EmailChangeTokenProvider.Name;
            })
            .AddEntityFrameworkStores<BeheermoduleDbContext>()
            .AddUserManager<AccountUserManager>()
            .AddSignInManager<AccountSignInManager>()
            .AddTokenProvider<OtpTokenProvider>(OtpTokenProvider.Name)
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.Name)
            .AddTokenProvider<EmailChangeTokenProvider>(EmailChangeTokenProvider.Name)
            .AddTokenProvider<ResponderReenrolmentTokenProvider>(ResponderReenrolmentTokenProvider.Name)
            .AddErrorDescriber<DutchIdentityErrorDescriber>();
        // The configured preset alone decides (rule 6): Identity's own length and character rules would contradict it.
        services.RemoveAll<IPasswordValidator<UserAccount>>();
        services.AddScoped<IPasswordValidator<UserAccount>, PolicyPasswordValidator>();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "__Host-bm-sessie";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = SessionLifetime.Idle;
            options.SlidingExpiration = true;
            options.Events.OnValidatePrincipal = SessionLifetime.ValidateAsync;
            options.LoginPath = "/inloggen";
            options.LogoutPath = "/uitloggen";
            options.AccessDeniedPath = "/geen-toegang";
            options.ReturnUrlParameter = "terug";
        });
        services.AddSingleton<DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((options, clock) =>
        {
            options.ValidationInterval = SessionLifetime.StampCheckInterval;
            options.TimeProvider = clock;
            options.OnRefreshingPrincipal = SessionLifetime.KeepSessionClaims;
        });
        services.AddSingleton<IInterceptor, SessionRevocation>();
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = "__Host-bm-tweede-stap";
            options.Cookie.SecurePolicy = CookieSecurePolicy.Always;
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy
                .RequireAuthenticatedUser()
                .RequireRole(StaffRoles.All)
                .RequireClaim(MultiFactorClaim, MultiFactorValue));
        services.AddScoped<StaffAccounts>();
        services.AddScoped<AccountUnlock>();
        services.AddScoped<AccountDisabling>();
        services.AddScoped<SignInTiming>();
        services.AddScoped<SignInContinuation>();
        services.AddScoped<SecondFactorRequirement>();
        services.AddSingleton<UserNameSignInLimiter>();
        return services;
    }
}
