using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Web.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Mutations;

/// <summary>
/// Rule 11: the e-mailed link to the application the issuer prepared for a new KvK number. It hands the draft to
/// this browser and opens the summary; only a cookie is set, so a mail scanner following the link changes nothing.
/// </summary>
public sealed class ResumeApplicationModel(ApplicationDraftStore drafts, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        var open = await drafts.FindAsync(token, cancellationToken);
        if (open is null)
        {
            return Page();
        }
        DraftCookie.Write(Response, token, open.Draft.ExpiresAt - clock.GetUtcNow().UtcDateTime);
        return Redirect(WizardNavigation.PathOf(WizardStep.Summary));
    }
}
