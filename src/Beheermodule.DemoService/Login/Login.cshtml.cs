using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.DemoService.Login;

/// <summary>Sends the visitor to Beheermodule to log in with eHerkenning; back home afterwards.</summary>
public sealed class LoginModel(ILogger<LoginModel> logger) : PageModel
{
    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect("/");
        }
        try
        {
            await HttpContext.ChallengeAsync(OpenIdConnectDefaults.AuthenticationScheme, new AuthenticationProperties { RedirectUri = "/" });
            return new EmptyResult();
        }
        catch (InvalidOperationException exception)
        {
            // The discovery document could not be read: Beheermodule is not running or not reachable.
            logger.LogError(exception, "Could not start a log-in at Beheermodule.");
            return LocalRedirect(LoginEvents.FailedPath);
        }
    }
}
