using Beheermodule.Core.Accounts;
using Beheermodule.Web.Accounts;

namespace Beheermodule.Web.AuthorizationManagement;

public static class AuthorizationManagementWebExtensions
{
    /// <summary>The beheermodule needs a strong log-in: password and OTP code, or the EH4 certificate.</summary>
    public const string BeheerPolicy = "Beheer";

    public static IServiceCollection AddAuthorizationManagementPages(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder().AddPolicy(BeheerPolicy, policy => policy
            .RequireAuthenticatedUser()
            .RequireAssertion(context =>
                context.User.HasClaim(AccountsWebExtensions.MultiFactorClaim, AccountsWebExtensions.MultiFactorValue)
                || context.User.HasClaim(SignInMethod.ClaimType, SignInMethod.Certificate)));
        return services;
    }
}
