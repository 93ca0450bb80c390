using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Security;

/// <summary>
/// Every page asks for a log-in unless it is on the explicit list of public pages below: a new page is closed until
/// someone decides, here, that anyone may open it.
/// </summary>
public sealed class PageAuthorizationTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private static readonly string[] PublicPages =
    [
        // Information and applying, with the applicant's own links.
        "/", "/aanvragen", "/aanvragen/al-ingediend", "/aanvragen/beheerders", "/aanvragen/bevestigen/{token}", "/aanvragen/gebruikers",
        "/aanvragen/organisatie", "/aanvragen/overzicht", "/aanvragen/vertegenwoordigers", "/status/{token}",
        "/mutaties", "/mutaties/aanvraag/{token}", "/mutaties/ontvangen",
        // Activation: the aanmeldcode is the key, and the steps check the progress cookie themselves.
        "/activeren", "/activeren/account", "/activeren/beveiliging", "/activeren/certificaat", "/activeren/gestopt", "/activeren/inloggen", "/activeren/middel",
        // Logging in, and getting back in.
        "/inloggen", "/inloggen/certificaat", "/inloggen/code", "/inloggen/gebruikersnaam-vergeten", "/inloggen/geen-otp-responder",
        "/inloggen/wachtwoord-hersteld", "/inloggen/wachtwoord-herstellen", "/inloggen/wachtwoord-vergeten", "/otp-responder/opnieuw", "/uitloggen",
        // A service's log-in request: it sends a visitor without a session to the log-in itself.
        "/connect/authorize",
        // Errors.
        "/fout/{code:int?}", "/geen-toegang",
        // Development only: the mail and OTP viewers answer 404 in other environments.
        "/dev/mail", "/dev/mail/{id}", "/dev/mail/{id}/html", "/dev/otp",
    ];

    private IReadOnlyList<(string Route, bool Public)> Pages() => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor)
        .Select(e => ("/" + (e.RoutePattern.RawText ?? "").TrimStart('/'),
            e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0))
        .Distinct()
        .OrderBy(p => p.Item1, StringComparer.Ordinal)
        .ToList();

    [Fact]
    public void OnlyTheListedPages_AreOpenWithoutALogIn()
    {
        var open = Pages().Where(p => p.Public).Select(p => p.Route).ToList();

        Assert.Equal(PublicPages.Order(StringComparer.Ordinal), open);
    }

    [Fact]
    public void TheBeheerAndBackofficePages_AskForALogIn()
    {
        var pages = Pages();

        Assert.Contains(pages, p => p.Route.StartsWith("/beheer", StringComparison.Ordinal));
        Assert.All(pages.Where(p => p.Route.StartsWith("/beheer", StringComparison.Ordinal) || p.Route.StartsWith("/backoffice", StringComparison.Ordinal)),
            p => Assert.False(p.Public, $"{p.Route} is open without a log-in"));
    }
}
