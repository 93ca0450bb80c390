using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.Core.ServiceLogin;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Authorization = Beheermodule.Core.Authorizations.Authorization;

namespace Beheermodule.IntegrationTests.ServiceLogin;

public sealed record RegisteredClient(string ClientId, string Secret, string RedirectUri, int ServiceId);

/// <summary>A service as an OpenID Connect client would be: the authorisation request with PKCE, the code, the token.</summary>
public static class ServiceLoginFlow
{
    public const string MijnOverijssel = "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel";

    public static async Task<RegisteredClient> RegisterAsync(BeheermoduleFactory factory, string serviceName = MijnOverijssel, bool entitledToNames = true)
    {
        var serviceId = await factory.WithDbAsync(db => db.Services.Where(s => s.Name == serviceName).Select(s => s.Id).SingleAsync());
        var clientId = "dienst-" + Guid.NewGuid().ToString("N")[..8];
        var redirect = $"https://{clientId}.example.nl/signin-oidc";
        await using var scope = factory.Services.CreateAsyncScope();
        var secret = await scope.ServiceProvider.GetRequiredService<ServiceClients>().RegisterAsync(
            new ClientRegistration(serviceId, clientId, [new Uri(redirect)], [new Uri($"https://{clientId}.example.nl/")], entitledToNames), "test");
        return new RegisteredClient(clientId, secret, redirect, serviceId);
    }

    /// <summary>The version of the client's secret, as the backoffice's "Nieuw geheim" form carries it.</summary>
    public static Task<string> SecretVersionAsync(BeheermoduleFactory factory, string clientId) =>
        factory.WithDbAsync(db => db.Set<OpenIddict.EntityFrameworkCore.Models.OpenIddictEntityFrameworkCoreApplication>()
            .Where(a => a.ClientId == clientId).Select(a => a.ConcurrencyToken!).SingleAsync());

    /// <summary>A machtiging for <paramref name="meansId"/>: for the client's service, or for all services up to a level.</summary>
    public static async Task<int> GrantAsync(BeheermoduleFactory factory, int meansId, int? serviceId, AssuranceLevel? allUpTo = null,
        string? branchNumber = null, AuthorizationStatus status = AuthorizationStatus.Active, int validDays = 365)
    {
        var today = DutchDates.Today(factory.Clock);
        var organisationId = await factory.WithDbAsync(db => db.Means.Where(m => m.Id == meansId).Select(m => m.OrganisationId).SingleAsync());
        var machtiging = new Authorization
        {
            MeansId = meansId, OrganisationId = organisationId, ServiceId = allUpTo is null ? serviceId : null, AllServicesUpTo = allUpTo,
            BranchNumber = branchNumber, Status = status, ValidFrom = today.AddDays(-10), ValidUntil = today.AddDays(validDays),
            CreatedAt = factory.Clock.GetUtcNow().UtcDateTime.AddDays(-10), GrantedBy = "test",
        };
        await factory.WithDbAsync(db => { db.Authorizations.Add(machtiging); return db.SaveChangesAsync(); });
        return machtiging.Id;
    }

    public sealed record Started(HttpResponseMessage Response, string Verifier, string State);

    /// <summary>The authorisation request; <paramref name="extra"/> adds parameters such as prompt or max_age.</summary>
    public static async Task<Started> AuthorizeAsync(HttpClient http, RegisteredClient client, string scope = "openid profile", IDictionary<string, string?>? extra = null)
    {
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        var state = Guid.NewGuid().ToString("N");
        var url = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = client.ClientId, ["redirect_uri"] = client.RedirectUri, ["response_type"] = "code", ["scope"] = scope,
            ["state"] = state, ["nonce"] = Guid.NewGuid().ToString("N"), ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        }.Concat(extra ?? new Dictionary<string, string?>()));
        return new Started(await http.GetAsync(url), verifier, state);
    }

    /// <summary>The code in the redirect back to the service; fails the test when the answer is anything else.</summary>
    public static string CodeFrom(Started started, RegisteredClient client)
    {
        var response = started.Response;
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Expected a redirect to the service, got {(int)response.StatusCode}: {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()[..Math.Min(2000, (int)(response.Content.Headers.ContentLength ?? 2000))]}");
        var location = response.Headers.Location!;
        Assert.StartsWith(client.RedirectUri, location.OriginalString);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(started.State, query["state"].ToString());
        return query["code"].ToString();
    }

    public static async Task<HttpResponseMessage> ExchangeAsync(HttpClient http, RegisteredClient client, string code, string verifier, string? secret = null) =>
        await http.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = client.RedirectUri, ["client_id"] = client.ClientId,
            ["client_secret"] = secret ?? client.Secret, ["code_verifier"] = verifier,
        }));

    /// <summary>The whole way for a signed-in browser: authorise, take the code, exchange it; the ID token's claims.</summary>
    public static async Task<IReadOnlyDictionary<string, JsonElement>> LogInAsync(HttpClient browser, HttpClient service, RegisteredClient client) =>
        await TokensForAsync(service, client, await AuthorizeAsync(browser, client));

    /// <summary>The code of an authorisation that went through, exchanged; the ID token's claims.</summary>
    public static async Task<IReadOnlyDictionary<string, JsonElement>> TokensForAsync(HttpClient service, RegisteredClient client, Started started)
    {
        var tokens = await ExchangeAsync(service, client, CodeFrom(started, client), started.Verifier);
        var body = await tokens.Content.ReadAsStringAsync();
        Assert.True(tokens.IsSuccessStatusCode, body);
        return IdTokenClaims(JsonDocument.Parse(body).RootElement.GetProperty("id_token").GetString()!);
    }

    /// <summary>"Terug naar …" on a refusal page: the form with the service's request, as the browser posts it.</summary>
    public static async Task<HttpResponseMessage> GoBackAsync(HttpClient browser, AngleSharp.Html.Dom.IHtmlDocument refusal)
    {
        var back = refusal.QuerySelector("form[action*='connect/authorize']")!;
        var fields = back.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Append(new("terug-naar-dienst", "1"));
        return await browser.PostAsync(back.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    public static IReadOnlyDictionary<string, JsonElement> IdTokenClaims(string idToken)
    {
        var payload = idToken.Split('.')[1];
        var json = Encoding.UTF8.GetString(Convert.FromBase64String(payload.Replace('-', '+').Replace('_', '/').PadRight(payload.Length + (4 - payload.Length % 4) % 4, '=')));
        return JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
