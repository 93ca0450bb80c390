using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Activation;

/// <summary>Step 6: the log-in worked with the activated account, so the activation is over.</summary>
[Authorize]
public sealed class DoneModel(ActivationProgressCookie cookie, UserManager<Core.Accounts.UserAccount> users, AuditLog audit, BeheermoduleDbContext db) : PageModel
{
    /// <summary>The level an upgrade (rule 13) brought the means to; null after a first activation.</summary>
    public string? UpgradedTo { get; private set; }

    public string OrganisationName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        var progress = cookie.Read(HttpContext);
        if (progress?.UserAccountId is null || progress.UserAccountId != users.GetUserId(User))
        {
            return Redirect("/");
        }
        var means = await db.Means.AsNoTracking().Where(m => m.Id == progress.MeansId)
            .Select(m => new { m.Level, m.Organisation.Name }).SingleAsync();
        OrganisationName = means.Name;
        UpgradedTo = progress.IsUpgrade ? means.Level.DisplayName() : null;
        audit.Record(AuditActor.Account(User.Identity!.Name!), "activation.completed",
            details: progress.IsUpgrade ? $"Middel {progress.MeansId}: na de opwaardering ingelogd." : $"Middel {progress.MeansId}: eerste keer ingelogd.");
        await db.SaveChangesAsync();
        cookie.Clear(HttpContext);
        return Page();
    }
}
