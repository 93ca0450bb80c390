using Beheermodule.Core.Activation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Activation;

/// <summary>
/// A step of the activation. It opens only when it is the next step of the activation in this browser; any other
/// request is sent to the step that is due, so the sequence cannot be skipped or repeated.
/// </summary>
[Accounts.LimitFailuresPerAddress]
public abstract class ActivationPageModel(ActivationProgressCookie cookie, ActivationSequence sequence) : PageModel
{
    public const string ExpiredMessage = "Uw activering is verlopen of nog niet begonnen. Typ de aanmeldcode van uw brief opnieuw.";

    public abstract ActivationStep Step { get; }

    public ActivationProgress Progress { get; private set; } = null!;

    protected ActivationProgressCookie ProgressCookie => cookie;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        if (cookie.Read(HttpContext) is not { } progress)
        {
            TempData["ActivationMessage"] = ExpiredMessage;
            context.Result = RedirectToPage("/Activation/Index");
            return;
        }
        Progress = progress;
        var due = await sequence.NextStepAsync(progress, HttpContext.RequestAborted);
        if (due != Step)
        {
            context.Result = Redirect(ActivationSteps.PathOf(due));
            return;
        }
        await next();
    }

    /// <summary>After a step: on to whatever is due now.</summary>
    protected async Task<IActionResult> NextStepAsync(ActivationProgress progress)
    {
        cookie.Write(HttpContext, progress);
        return Redirect(ActivationSteps.PathOf(await sequence.NextStepAsync(progress, HttpContext.RequestAborted)));
    }
}
