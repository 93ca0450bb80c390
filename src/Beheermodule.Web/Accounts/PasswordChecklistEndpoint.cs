using Beheermodule.Core.Accounts.Passwords;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;

namespace Beheermodule.Web.Accounts;

/// <summary>What the checklist beside a new-password field posts while the person types.</summary>
public sealed record PasswordCheckRequest(string? Password, string? UserName, IReadOnlyList<string>? OrganisationNames);

public sealed record PasswordCheckAnswer(bool Acceptable, IReadOnlyList<PasswordRuleStatus> Rules);

public static class PasswordChecklistEndpoint
{
    public const string Path = "/wachtwoord/controle";

    private const int MaxLength = 256;
    private const int MaxNames = 20;

    /// <summary>
    /// POST /wachtwoord/controle: each rule of the preset, met or not, for the password typed so far. Only informs:
    /// the validator decides when the form is sent. The password is neither logged nor stored, the answer not cached.
    /// It needs the page's antiforgery token as a header, so another site cannot use it, and has its own rate limit.
    /// </summary>
    public static IEndpointRouteBuilder MapPasswordChecklist(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (PasswordCheckRequest request, HttpContext context, IAntiforgery antiforgery, PasswordPolicy policy) =>
        {
            context.Response.Headers.CacheControl = "no-store";
            if (!await antiforgery.IsRequestValidAsync(context))
            {
                return Results.BadRequest();
            }
            var names = request.OrganisationNames ?? [];
            if (request.Password is not { Length: <= MaxLength } password || request.UserName?.Length > MaxLength
                || names.Count > MaxNames || names.Any(n => n is null || n.Length > MaxLength))
            {
                return Results.BadRequest();
            }
            var passwordContext = new PasswordContext(request.UserName, names);
            return Results.Json(new PasswordCheckAnswer(policy.Check(password, passwordContext).Count == 0, policy.Checklist(password, passwordContext)));
        })
        .RequireRateLimiting(WebSecurityExtensions.PasswordCheckPolicy);
        return endpoints;
    }
}
