using Beheermodule.Core.Accounts;
using Beheermodule.Core.Activation;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Upgrades;
using Beheermodule.Web.Activation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// Where a completed sign-in goes: back into an activation left half done (typically an upgrade whose new factor was
/// never set up, rule 13), or on to where the person was going, told when a means of theirs is suspended until its
/// upgrade code is activated.
/// </summary>
public sealed class SignInContinuation(
    ActivationResumption resumption, ActivationSequence sequence, ActivationProgressCookie activation,
    UpgradesAwaitingActivation upgrades, AuditLog audit, BeheermoduleDbContext db)
{
    /// <summary>TempData key of the notice the layout shows once, on the page after the sign-in.</summary>
    public const string NoticeKey = "SignInNotice";

    public async Task<IActionResult> ContinueAsync(PageModel page, UserAccount user, string? returnUrl)
    {
        var cancellationToken = page.HttpContext.RequestAborted;
        if (await ResumeActivationAsync(page.HttpContext, user) is { } resumed)
        {
            return resumed;
        }
        var waiting = await upgrades.OfAsync(user.Id, cancellationToken);
        if (waiting.Count > 0)
        {
            page.TempData[NoticeKey] = string.Join(" ", waiting.Select(w => w.Notice));
        }
        return new LocalRedirectResult(ReturnUrls.Safe(returnUrl));
    }

    /// <summary>
    /// Back to the step that is due in an activation whose code was used but whose factors are not all there; null
    /// when there is none. Also the way in for a password that needs a responder the account does not have yet.
    /// </summary>
    public async Task<IActionResult?> ResumeActivationAsync(HttpContext context, UserAccount user)
    {
        if (await resumption.UnfinishedAsync(user.Id, activation.NewExpiry(), context.RequestAborted) is not { } unfinished)
        {
            return null;
        }
        audit.Record(AuditActor.Account(user.UserName!), "activation.resumed",
            details: $"Middel {unfinished.MeansId}: {(unfinished.IsUpgrade ? "opwaardering" : "activering")} nog niet afgerond.");
        await db.SaveChangesAsync(context.RequestAborted);
        activation.Write(context, unfinished);
        return new RedirectResult(ActivationSteps.PathOf(await sequence.NextStepAsync(unfinished, context.RequestAborted)));
    }
}
