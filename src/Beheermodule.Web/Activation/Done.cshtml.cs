using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Activation;

/// <summary>Step 6: the log-in worked with the activated account, so the activation is over.</summary>
[Authorize]
public sealed class DoneModel(ActivationProgressCookie cookie, UserManager<Core.Accounts.UserAccount> users, AuditLog audit, BeheermoduleDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        var progress = cookie.Read(HttpContext);
        if (progress?.UserAccountId is null || progress.UserAccountId != users.GetUserId(User))
        {
            return Redirect("/");
        }
        audit.Record(AuditActor.Account(User.Identity!.Name!), "activation.completed", details: $"Middel {progress.MeansId}: eerste keer ingelogd.");
        await db.SaveChangesAsync();
        cookie.Clear(HttpContext);
        return Page();
    }
}
