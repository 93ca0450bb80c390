using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Accounts;

/// <summary>Log-out by POST only, so a link on another site cannot sign someone out.</summary>
public sealed class LogoutModel(SignInManager<UserAccount> signIn, AuditLog audit, BeheermoduleDbContext db) : PageModel
{
    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            var user = await signIn.UserManager.GetUserAsync(User);
            if (user is not null)
            {
                // A new security stamp ends this session everywhere its cookie might still be replayed.
                await signIn.UserManager.UpdateSecurityStampAsync(user);
                audit.Record(AuditActor.Account(user.UserName!), "account.signed-out");
                await db.SaveChangesAsync();
            }
        }
        await signIn.SignOutAsync();
        return RedirectToPage("/Accounts/Logout", new { klaar = 1 });
    }
}
