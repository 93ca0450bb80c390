using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Core.Accounts.Recovery;
using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Beheermodule.Web.Accounts;

public static class AccountsWebExtensions
{
    public const string StaffPolicy = "Staff";
    public const string SignInPolicy = "sign-in";

    /// <summary>The claim Identity adds after the second factor; staff pages require it.</summary>
    public const string MultiFactorClaim = "amr";
    public const string MultiFactorValue = "mfa";

    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOtp();
        services.AddPasswords();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = 210_000);
        services.AddIdentity<UserAccount, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.Lockout.AllowedForNewUsers = true;
                options.Tokens.PasswordResetTokenProvider = PasswordResetTokenProvider.Name;
            })
            .AddEntityFrameworkStores<BeheermoduleDbContext>()
            .AddUserManager<AccountUserManager>()
            .AddTokenProvider<OtpTokenProvider>(OtpTokenProvider.Name)
            .AddTokenProvider<PasswordResetTokenProvider>(PasswordResetTokenProvider.Name)
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
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/inloggen";
            options.LogoutPath = "/uitloggen";
            options.AccessDeniedPath = "/geen-toegang";
            options.ReturnUrlParameter = "terug";
        });
        services.Configure<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
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
        services.AddScoped<SignInTiming>();
        return services;
    }
}
