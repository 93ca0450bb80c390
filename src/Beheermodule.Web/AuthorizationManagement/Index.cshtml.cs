using System.Security.Claims;
using Beheermodule.Core.AuthorizationManagement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.AuthorizationManagement;

/// <summary>The way in: straight to the one organisation a person manages, or a choice when there are several.</summary>
public sealed class IndexModel(ManagedOrganisations managed) : PageModel
{
    public IReadOnlyList<ManagedOrganisation> Organisations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Organisations = await managed.OfAsync(User.FindFirstValue(ClaimTypes.NameIdentifier)!, cancellationToken);
        return Organisations.Count == 1 ? RedirectToPage("/AuthorizationManagement/Overview", new { organisatie = Organisations[0].Id }) : Page();
    }
}
