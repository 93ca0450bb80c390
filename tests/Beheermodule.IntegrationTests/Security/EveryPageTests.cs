using System.Net;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Security;

/// <summary>Every page of the app, found from its routes: security headers, and a token in every form.</summary>
public sealed class EveryPageTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    /// <summary>Each page's address, with any route value filled in with a harmless example.</summary>
    private IReadOnlyList<string> PagePaths() => factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
        .OfType<RouteEndpoint>()
        .Where(e => e.Metadata.GetMetadata<ActionDescriptor>() is PageActionDescriptor)
        .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
        .Select(path => System.Text.RegularExpressions.Regex.Replace(path, @"\{(\w+)(:int)?\??\}", m => m.Groups[2].Success ? "1" : "voorbeeld"))
        .Distinct()
        .ToList();

    [Fact]
    public void TheRoutes_CoverTheWholeApp()
    {
        var paths = PagePaths();

        Assert.True(paths.Count >= 25, $"expected every page, found {paths.Count}");
        Assert.Contains("/backoffice/brieven", paths);
        Assert.Contains("/mutaties", paths);
        Assert.Contains("/inloggen", paths);
    }

    [Fact]
    public async Task EveryPage_CarriesTheSecurityHeaders_ForVisitorsAndStaff()
    {
        var anonymous = factory.CreateBrowserClient();
        var staff = (await StaffDesk.SignInAsync(factory)).Client.Http;
        foreach (var path in PagePaths())
        {
            foreach (var client in new[] { anonymous, staff })
            {
                var response = await client.GetAsync(path);
                var context = $"{path} ({(int)response.StatusCode})";
                Assert.True(response.Headers.TryGetValues("Content-Security-Policy", out var csp), $"no CSP on {context}");
                Assert.Contains("frame-ancestors 'none'", csp!.Single());
                Assert.True(response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) && sniff.Single() == "nosniff", $"no nosniff on {context}");
                Assert.True(response.Headers.TryGetValues("Referrer-Policy", out var referrer) && referrer.Single() == "no-referrer", $"no referrer policy on {context}");
            }
        }
    }

    [Fact]
    public async Task EveryPostForm_OnEveryPageStaffCanOpen_CarriesAnAntiforgeryToken()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var forms = 0;
        foreach (var path in PagePaths())
        {
            var response = await desk.Client.Http.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            var page = await BrowserLikeClient.ReadPageAsync(response);
            foreach (var form in page.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
            {
                forms++;
                Assert.True(form.QuerySelector("input[name=__RequestVerificationToken]") is not null, $"a form on {path} has no antiforgery token");
            }
        }
        Assert.True(forms >= 10, $"expected the forms of many pages, found {forms}");
    }

    [Fact]
    public async Task TheSessionCookie_IsHostOnly_Secure_HttpOnly_AndLax()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var password = Beheermodule.Web.Infrastructure.DemoStaff.Accounts.Single(a => a.UserName == "helpdesk").Password;
        await client.PostFormAsync("/inloggen", [new("Input.UserName", "helpdesk"), new("Input.Password", password)]);

        var response = await client.PostFormAsync("/inloggen/code", [new("Code", await StaffDesk.CurrentCodeAsync(factory, "helpdesk"))]);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-bm-sessie=", StringComparison.Ordinal)).ToLowerInvariant();
        Assert.Contains("secure", cookie);
        Assert.Contains("httponly", cookie);
        Assert.Contains("samesite=lax", cookie);
        Assert.Contains("path=/", cookie);
        Assert.DoesNotContain("domain=", cookie);
    }
}
