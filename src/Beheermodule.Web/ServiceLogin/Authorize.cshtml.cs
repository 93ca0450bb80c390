using System.Security.Claims;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.ServiceLogin;
using Beheermodule.Web.Accounts;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Beheermodule.Web.ServiceLogin;

/// <summary>
/// A service sends the holder here (OpenID Connect). Not logged in: to the log-in first, and back. Acting for several
/// organisations: pick one. Then the check (rules 15 and 16): allowed, the service gets its code and, with it, the
/// legal subject, the pseudonym and the level; refused, this page shows rule 16's message and the service hears
/// "access_denied" when the holder goes back. A service may ask for a fresh log-in (prompt=login, or max_age seconds
/// since the last one) or for none at all (prompt=none: login_required when the holder is not logged in).
/// </summary>
public sealed class AuthorizeModel(
    BeheermoduleDbContext db,
    ServiceAccessCheck check,
    ActingSubjectPseudonyms pseudonyms,
    SignInManager<UserAccount> signInManager,
    AuditLog audit,
    TimeProvider clock) : PageModel
{
    /// <summary>The account, kept inside the code for the exchange's last check; never in a token.</summary>
    public const string AccountClaim = "bm:account";

    /// <summary>Our own form fields, which are no part of the service's request.</summary>
    private static readonly string[] OwnFields = ["organisatie", "terug-naar-dienst", "__RequestVerificationToken"];

    public Service? Service { get; private set; }

    /// <summary>Set when the holder acts for several organisations and has not picked one yet.</summary>
    public IReadOnlyList<ActingOrganisation> Organisations { get; private set; } = [];

    public ServiceAccess.Refused? Refusal { get; private set; }

    /// <summary>The organisation the refusal is about, so going back names it to the service.</summary>
    public int? RefusedOrganisationId { get; private set; }

    /// <summary>The service's request, carried along in the forms of this page.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> RequestFields { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => HandleAsync(null, cancellationToken);

    public Task<IActionResult> OnPostAsync([FromForm(Name = "organisatie")] int? organisationId, CancellationToken cancellationToken) =>
        Request.Form.ContainsKey("terug-naar-dienst") ? GoBackRefusedAsync(organisationId, cancellationToken) : HandleAsync(organisationId, cancellationToken);

    private async Task<IActionResult> HandleAsync(int? chosenOrganisation, CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The authorisation request did not reach OpenIddict.");
        RequestFields = FieldsOf(request);
        var client = await ClientAsync(request, cancellationToken);
        if (client is null)
        {
            return Deny("Deze dienst is niet (meer) aangesloten. Neem contact op met de dienst.");
        }
        Service = client.Service;

        var signedIn = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var accountId = signedIn.Succeeded ? signedIn.Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        if (accountId is not null && AsksForAFreshLogIn(request, signedIn.Principal!))
        {
            audit.Record(AuditActor.Account(signedIn.Principal!.Identity!.Name!), "account.signed-out",
                details: $"{Service.ServiceProvider.Name} vraagt opnieuw inloggen.");
            await db.SaveChangesAsync(cancellationToken);
            await signInManager.SignOutAsync();
            accountId = null;
            // Back here without prompt=login, or the log-in would be asked for again and again.
            var prompt = string.Join(' ', request.GetPromptValues().Remove(PromptValues.Login));
            RequestFields = [.. RequestFields.Where(f => f.Key != Parameters.Prompt), .. prompt.Length > 0 ? [new(Parameters.Prompt, prompt)] : Array.Empty<KeyValuePair<string, string>>()];
        }
        if (accountId is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Error(OpenIddictConstants.Errors.LoginRequired, "U bent niet ingelogd bij Beheermodule.");
            }
            return Challenge(new AuthenticationProperties { RedirectUri = Request.PathBase + ServiceLoginWebExtensions.AuthorizePath + QueryString.Create(RequestFields!) },
                IdentityConstants.ApplicationScheme);
        }
        var userName = signedIn.Principal!.Identity!.Name!;
        var signInMethod = signedIn.Principal.FindFirstValue(SignInMethod.ClaimType) ?? SignInMethod.Password;

        var organisations = await check.OrganisationsOfAsync(accountId, cancellationToken);
        var organisation = organisations.Count == 1 ? organisations[0] : organisations.FirstOrDefault(o => o.Id == chosenOrganisation);
        if (organisations.Count == 0)
        {
            return await RefuseAsync(request, userName, null, new ServiceAccess.Refused(
                $"U heeft geen actief eHerkenningsmiddel, dus u kunt niet inloggen bij de dienst '{Service.Name}'.",
                "Activeer eerst uw middel met de aanmeldcode uit uw brief.", "geen actief middel"), cancellationToken);
        }
        if (organisation is null)
        {
            if (request.HasPromptValue(PromptValues.None))
            {
                return Error(OpenIddictConstants.Errors.InteractionRequired, "Kies eerst voor welke organisatie u inlogt.");
            }
            Organisations = organisations;
            return Page();
        }

        var access = await check.CheckAsync(accountId, organisation, Service, signInMethod, cancellationToken);
        if (access is ServiceAccess.Refused refused)
        {
            return await RefuseAsync(request, userName, organisation, refused, cancellationToken);
        }
        var allowed = (ServiceAccess.Allowed)access;
        allowed.Authorization.LastUsedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(AuditActor.Account(userName), "service.login", AuditOutcome.Success, kvkNumber: organisation.KvkNumber,
            details: $"Ingelogd bij {Service.ServiceProvider.Name}: {Service.Name} op {allowed.Level.DisplayName()} met machtiging {allowed.Authorization.Id}" +
                (allowed.LegalSubject.BranchNumber is { } branch ? $", vestiging {branch}." : "."));
        await db.SaveChangesAsync(cancellationToken);
        var principal = Principal(request, client, organisation, accountId, allowed, SessionLifetime.SignedInAt(signedIn.Principal));
        return SignIn(principal, OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    /// <summary>prompt=login, or a log-in older than max_age (a session that does not say when counts as too old).</summary>
    private bool AsksForAFreshLogIn(OpenIddictRequest request, ClaimsPrincipal principal) =>
        (request.HasPromptValue(PromptValues.Login) && !request.HasPromptValue(PromptValues.None))
        || (request.MaxAge is { } maxAge
            && (SessionLifetime.SignedInAt(principal) is not { } signedInAt || clock.GetUtcNow() - signedInAt > TimeSpan.FromSeconds(maxAge)));

    private ClaimsPrincipal Principal(
        OpenIddictRequest request, ServiceClient client, ActingOrganisation organisation, string accountId, ServiceAccess.Allowed allowed, DateTimeOffset? signedInAt)
    {
        var pseudonym = pseudonyms.For(client.Service.ServiceUuid, organisation.Id, accountId);
        var identity = new ClaimsIdentity(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, pseudonym)
            .SetClaim(ServiceLoginClaims.ActingSubject, pseudonym)
            .SetClaim(ServiceLoginClaims.KvkNumber, allowed.LegalSubject.KvkNumber)
            .SetClaim(ServiceLoginClaims.BranchNumber, allowed.LegalSubject.BranchNumber)
            .SetClaim(ServiceLoginClaims.Level, allowed.Level.LevelUrn())
            .SetClaim(ServiceLoginClaims.ServiceUuid, client.Service.ServiceUuid.ToString())
            .SetClaim(AccountClaim, accountId);
        if (signedInAt is { } moment)
        {
            identity.SetClaim(Claims.AuthenticationTime, moment.ToUnixTimeSeconds());
        }
        var scopes = request.GetScopes().Intersect([Scopes.OpenId, Scopes.Profile]).ToList();
        if (client.EntitledToNames && scopes.Contains(Scopes.Profile))
        {
            identity.SetClaim(Claims.GivenName, allowed.Means.HolderInitials)
                .SetClaim(Claims.FamilyName, allowed.Means.HolderSurname)
                .SetClaim(Claims.Name, allowed.Means.HolderName);
        }
        identity.SetScopes(scopes);
        identity.SetDestinations(claim => claim.Type == AccountClaim ? [] : [Destinations.IdentityToken, Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }

    private async Task<IActionResult> RefuseAsync(
        OpenIddictRequest request, string userName, ActingOrganisation? organisation, ServiceAccess.Refused refused, CancellationToken cancellationToken)
    {
        audit.Record(AuditActor.Account(userName), "service.login", AuditOutcome.Refused, kvkNumber: organisation?.KvkNumber,
            details: $"Geweigerd bij {Service!.ServiceProvider.Name}: {Service.Name}: {refused.Reason}.");
        await db.SaveChangesAsync(cancellationToken);
        if (request.HasPromptValue(PromptValues.None))
        {
            // No page may be shown: the service hears the refusal at once.
            return Deny(refused.Message);
        }
        Refusal = refused;
        RefusedOrganisationId = organisation?.Id;
        return Page();
    }

    /// <summary>
    /// The holder read the refusal and goes back: the service hears access_denied, with the refusal's own text (rule
    /// 16's, unless the means is being upgraded), found again by the same check rather than taken from the form.
    /// </summary>
    private async Task<IActionResult> GoBackRefusedAsync(int? organisationId, CancellationToken cancellationToken)
    {
        var request = HttpContext.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("The authorisation request did not reach OpenIddict.");
        var client = await ClientAsync(request, cancellationToken);
        var accountId = User.FindFirstValue(ClaimTypes.NameIdentifier);
        var organisations = accountId is not null ? await check.OrganisationsOfAsync(accountId, cancellationToken) : [];
        var organisation = organisations.FirstOrDefault(o => o.Id == organisationId);
        if (client is not null && accountId is not null && organisation is not null
            && await check.CheckAsync(accountId, organisation, client.Service, User.FindFirstValue(SignInMethod.ClaimType) ?? SignInMethod.Password, cancellationToken)
                is ServiceAccess.Refused refused)
        {
            return Deny(refused.Message);
        }
        var names = organisation?.Name ?? (organisations.Count > 0 ? string.Join(", ", organisations.Select(o => o.Name)) : "uw organisatie");
        return Deny(ServiceAccessCheck.Rule16Message(client?.Service.Name ?? request.ClientId ?? "", names));
    }

    private IActionResult Deny(string description) => Error(OpenIddictConstants.Errors.AccessDenied, description);

    private IActionResult Error(string error, string description) =>
        Forbid(new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            // OAuth allows no line breaks in a description.
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description.ReplaceLineEndings(" "),
        }), OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);

    private Task<ServiceClient?> ClientAsync(OpenIddictRequest request, CancellationToken cancellationToken) =>
        db.ServiceClients.AsNoTracking().Include(c => c.Service).ThenInclude(s => s.ServiceProvider)
            .SingleOrDefaultAsync(c => c.ClientId == request.ClientId, cancellationToken);

    private static List<KeyValuePair<string, string>> FieldsOf(OpenIddictRequest request) =>
        request.GetParameters()
            .Where(p => !OwnFields.Contains(p.Key))
            .SelectMany(p => ((StringValues)(OpenIddictParameter?)p.Value).Select(v => new KeyValuePair<string, string>(p.Key, v ?? "")))
            .ToList();
}
