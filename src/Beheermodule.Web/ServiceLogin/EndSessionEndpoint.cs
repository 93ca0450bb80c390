using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Server.AspNetCore;

namespace Beheermodule.Web.ServiceLogin;

/// <summary>A service's "uitloggen": the session here ends too, and OpenIddict sends the browser back to the service.</summary>
public static class EndSessionEndpoint
{
    public static async Task<IResult> SignOutAsync(HttpContext context, SignInManager<UserAccount> signIn, AuditLog audit, BeheermoduleDbContext db)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            audit.Record(AuditActor.Account(context.User.Identity.Name!), "account.signed-out", details: "Uitgelogd via een dienst.");
            await db.SaveChangesAsync(context.RequestAborted);
            await signIn.SignOutAsync();
        }
        return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
    }
}
