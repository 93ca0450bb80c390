using Beheermodule.Core.Contracts;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;

namespace Beheermodule.Web.Registration;

public static class RegistrationEndpoints
{
    /// <summary>GET /status/{token}/contract: the contract PDF, for whoever holds the status link.</summary>
    public static IEndpointRouteBuilder MapRegistrationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/status/{token}/contract", async (string token, StatusLinks statusLinks, ApplicationContract contract, HttpContext context, CancellationToken cancellationToken) =>
        {
            var application = await statusLinks.FindAsync(token, cancellationToken);
            if (application is null || !application.Level.NeedsContract())
            {
                return Results.NotFound();
            }
            context.Response.Headers.CacheControl = "no-store";
            return Results.File(contract.Render(application), "application/pdf", ApplicationContract.FileName(application));
        });
        return endpoints;
    }
}
