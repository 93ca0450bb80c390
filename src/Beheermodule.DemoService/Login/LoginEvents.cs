using Beheermodule.DemoService.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Beheermodule.DemoService.Login;

/// <summary>
/// What the service does when Beheermodule answers without a log-in: a refusal (access_denied) shows the provider's
/// own Dutch reason on /geen-toegang; anything else shows a general error page.
/// </summary>
public sealed class LoginEvents(IOptions<DemoServiceOptions> options, ITempDataDictionaryFactory tempDataFactory, ILogger<LoginEvents> logger)
    : OpenIdConnectEvents
{
    public const string RefusedPath = "/geen-toegang";
    public const string FailedPath = "/inloggen-mislukt";

    /// <summary>Long enough for any sentence the provider writes; stops a crafted reason from filling the TempData cookie.</summary>
    public const int MaxReasonLength = 500;

    private const string ErrorDescriptionItem = "Beheermodule.DemoService.ErrorDescription";

    public override Task MessageReceived(MessageReceivedContext context)
    {
        // The handler wraps the reason in an exception text; keep the provider's words as they came.
        if (context.ProtocolMessage.ErrorDescription is { Length: > 0 } description)
        {
            context.HttpContext.Items[ErrorDescriptionItem] = description;
        }
        return Task.CompletedTask;
    }

    public override Task RemoteFailure(RemoteFailureContext context)
    {
        // Properties are only present once the state was read and the correlation cookie matched, so a refusal
        // reaches the refusal page only when it answers a log-in this browser started.
        if (context.Properties is not null
            && context.Failure is OpenIdConnectProtocolException failure
            && failure.Data["error"] is "access_denied")
        {
            var tempData = tempDataFactory.GetTempData(context.HttpContext);
            tempData[RefusedModel.ReasonKey] = Shorten(context.HttpContext.Items[ErrorDescriptionItem] as string);
            tempData.Save();
            context.Response.Redirect(RefusedPath);
        }
        else
        {
            logger.LogWarning(context.Failure, "Log-in through Beheermodule failed.");
            context.Response.Redirect(FailedPath);
        }
        context.HandleResponse();
        return Task.CompletedTask;
    }

    public override Task RedirectToIdentityProviderForSignOut(RedirectContext context)
    {
        // No id_token is kept (SaveTokens is off), so the client_id tells the provider whose post_logout_redirect_uri this is.
        context.ProtocolMessage.ClientId = options.Value.ClientId;
        if (string.IsNullOrEmpty(context.ProtocolMessage.IssuerAddress))
        {
            // A provider without an end-session endpoint: the local sign-out already happened, go home.
            context.Response.Redirect("/");
            context.HandleResponse();
        }
        return Task.CompletedTask;
    }

    private static string? Shorten(string? reason) =>
        reason is { Length: > MaxReasonLength } ? reason[..MaxReasonLength] + "…" : reason;
}
