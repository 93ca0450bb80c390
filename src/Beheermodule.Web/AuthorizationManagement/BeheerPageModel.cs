using System.Security.Claims;
using Beheermodule.Core.AuthorizationManagement;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.AuthorizationManagement;

/// <summary>
/// A page about one organisation the signed-in person manages, named by the route's "organisatie". Checked on every
/// request against <see cref="ManagedOrganisations"/>: an organisation they do not manage answers 404, as if it did
/// not exist. Then the request's <see cref="Core.Data.OrganisationScope"/> is narrowed to it, so the database itself hides every
/// other organisation's rows.
/// </summary>
public abstract class BeheerPageModel(ManagedOrganisations managed) : PageModel
{
    [FromRoute(Name = "organisatie")]
    public int OrganisationId { get; set; }

    public ManagedOrganisation Organisation { get; private set; } = null!;

    /// <summary>The acting beheerder, as the audit trail names them.</summary>
    protected string Beheerder => User.Identity!.Name!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var accountId = User.FindFirstValue(ClaimTypes.NameIdentifier)!;
        var organisation = await managed.EnterAsync(accountId, OrganisationId, HttpContext.RequestAborted);
        if (organisation is null)
        {
            context.Result = NotFound();
            return;
        }
        Organisation = organisation;
        await next();
    }

    protected void Tell(string message, bool isError = false)
    {
        TempData["BeheerMessage"] = message;
        TempData["BeheerMessageIsError"] = isError;
    }
}
