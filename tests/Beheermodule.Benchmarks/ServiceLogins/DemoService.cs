using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Beheermodule.Benchmarks.Logins;
using Beheermodule.Core.ServiceLogin;
using Microsoft.AspNetCore.WebUtilities;

namespace Beheermodule.Benchmarks.ServiceLogins;

/// <summary>The code the holder's browser brought back to the service, and the PKCE verifier the service kept for it.</summary>
internal sealed record AuthorizationCode(string Code, string Verifier);

/// <summary>
/// The demo service MijnOverijssel as an OpenID Connect client of the app: it sends the holder's browser to the
/// authorisation endpoint (code flow with PKCE) and exchanges the code it gets back for the ID token over its own
/// back channel. Every answer is checked, so a figure is never the speed of an error page.
/// </summary>
internal sealed class DemoService(HttpClient backChannel)
{
    // The client Development registers at start (DemoHolder in the web app).
    public const string ClientId = "mijnoverijssel-demo";
    public const string ClientSecret = "demo-geheim-2026";
    private const string RedirectUri = "http://localhost:5090/signin-oidc";

    /// <summary>The browser asks for a code: one GET, answered with a redirect back to the service.</summary>
    public static async Task<AuthorizationCode> AuthorizeAsync(BrowserSession browser)
    {
        var verifier = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var state = Guid.NewGuid().ToString("N");
        var url = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = ClientId,
            ["redirect_uri"] = RedirectUri,
            ["response_type"] = "code",
            ["scope"] = "openid profile",
            ["state"] = state,
            ["nonce"] = Guid.NewGuid().ToString("N"),
            ["code_challenge"] = Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        });
        using var response = await browser.GetAsync(url);
        var location = response.Headers.Location?.OriginalString ?? "";
        if (response.StatusCode != HttpStatusCode.Redirect || !location.StartsWith(RedirectUri + "?", StringComparison.Ordinal))
        {
            // A page instead of a redirect is the organisation picker or a refusal (rule 16); show its start.
            var body = await response.Content.ReadAsStringAsync();
            throw new InvalidOperationException(
                $"The authorisation request answered {(int)response.StatusCode} to '{location}' instead of a redirect to the service: {body[..Math.Min(body.Length, 500)]}");
        }
        var query = QueryHelpers.ParseQuery(new Uri(location).Query);
        if (query["state"] != state || string.IsNullOrEmpty(query["code"]))
        {
            throw new InvalidOperationException($"The redirect back to the service carried no code or another state: {location}");
        }
        return new AuthorizationCode(query["code"].ToString(), verifier);
    }

    /// <summary>The service exchanges the code for the ID token: one POST that authenticates the client with its secret.</summary>
    public async Task ExchangeAsync(AuthorizationCode code)
    {
        using var response = await backChannel.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code.Code,
            ["redirect_uri"] = RedirectUri,
            ["client_id"] = ClientId,
            ["client_secret"] = ClientSecret,
            ["code_verifier"] = code.Verifier,
        }));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"The token request answered {(int)response.StatusCode}: {body}");
        }
        using var tokens = JsonDocument.Parse(body);
        if (!tokens.RootElement.TryGetProperty("id_token", out var idToken) || idToken.GetString() is not { } jwt)
        {
            throw new InvalidOperationException($"The token answer has no id_token: {body}");
        }
        using var claims = JsonDocument.Parse(Base64Url.DecodeFromChars(jwt.Split('.')[1]));
        if (!claims.RootElement.TryGetProperty(ServiceLoginClaims.ActingSubject, out var actingSubject) || actingSubject.GetString() is not { Length: > 0 })
        {
            throw new InvalidOperationException($"The ID token names no {ServiceLoginClaims.ActingSubject}: {claims.RootElement}");
        }
    }
}
