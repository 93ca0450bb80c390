using Beheermodule.Core.Activation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Beheermodule.Web.Activation;

/// <summary>
/// While an activation is under way in this browser, the rest of the site stays closed (rule 5's fixed sequence):
/// every other page sends the holder back to the step that is due. Logging in is part of the sequence.
/// </summary>
public sealed class ActivationInProgressFilter(ActivationProgressCookie cookie, ActivationSequence sequence) : IAsyncPageFilter
{
    private static readonly string[] OpenPages = ["/Accounts/Login", "/Accounts/LoginCode", "/Accounts/CertificateLogin", "/Accounts/Logout", "/Accounts/AccessDenied"];

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var page = context.ActionDescriptor.ViewEnginePath;
        if (page.StartsWith("/Activation/", StringComparison.Ordinal) || page.StartsWith("/Errors/", StringComparison.Ordinal)
            || OpenPages.Contains(page) || cookie.Read(context.HttpContext) is not { } progress)
        {
            await next();
            return;
        }
        context.Result = new RedirectResult(ActivationSteps.PathOf(await sequence.NextStepAsync(progress, context.HttpContext.RequestAborted)));
    }
}
