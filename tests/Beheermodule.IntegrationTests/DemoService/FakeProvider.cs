using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Beheermodule.IntegrationTests.DemoService;

/// <summary>
/// Beheermodule as the demo service sees it from the back: a discovery document and a token endpoint that redeems a
/// code only for the right client secret and the PKCE verifier that matches the challenge of its authorisation request.
/// </summary>
public sealed class FakeProvider(string authority, string clientId, string clientSecret) : HttpMessageHandler
{
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-sleutel" };
    private readonly ConcurrentDictionary<string, (string Nonce, string CodeChallenge, IReadOnlyDictionary<string, object> Claims)> _codes = new();

    private OpenIdConnectConfiguration? _configuration;

    public OpenIdConnectConfiguration Configuration => _configuration ??= CreateConfiguration();

    /// <summary>Token requests that were refused, with the reason, so a failing test says why.</summary>
    public ConcurrentQueue<string> Refusals { get; } = new();

    /// <summary>What the authorisation endpoint would do after a successful log-in: a code for this request.</summary>
    public string IssueCode(Uri authorizationRequest, IReadOnlyDictionary<string, object> claims)
    {
        var query = QueryHelpers.ParseQuery(authorizationRequest.Query);
        var code = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        _codes[code] = (query["nonce"].ToString(), query["code_challenge"].ToString(), claims);
        return code;
    }

    private OpenIdConnectConfiguration CreateConfiguration()
    {
        var configuration = new OpenIdConnectConfiguration
        {
            Issuer = authority,
            AuthorizationEndpoint = $"{authority}/connect/authorize",
            TokenEndpoint = $"{authority}/connect/token",
            EndSessionEndpoint = $"{authority}/connect/endsession",
        };
        configuration.SigningKeys.Add(_key);
        return configuration;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Method != HttpMethod.Post || request.RequestUri?.ToString() != Configuration.TokenEndpoint)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
        var form = QueryHelpers.ParseQuery(await request.Content!.ReadAsStringAsync(cancellationToken));
        var refusal = Check(form, out var grant);
        if (refusal is not null)
        {
            Refusals.Enqueue(refusal);
            return new HttpResponseMessage(HttpStatusCode.BadRequest) { Content = JsonContent.Create(new { error = "invalid_grant", error_description = refusal }) };
        }
        const string accessToken = "toegangstoken";
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = JsonContent.Create(new
            {
                access_token = accessToken,
                token_type = "Bearer",
                expires_in = 300,
                id_token = IdToken(grant.Nonce, grant.Claims, accessToken),
            }),
        };
    }

    private string? Check(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form, out (string Nonce, string CodeChallenge, IReadOnlyDictionary<string, object> Claims) grant)
    {
        grant = default;
        if (form["grant_type"] != "authorization_code")
        {
            return $"grant_type {form["grant_type"]}";
        }
        if (form["client_id"] != clientId || form["client_secret"] != clientSecret)
        {
            return "wrong client credentials";
        }
        if (!_codes.TryRemove(form["code"].ToString(), out grant))
        {
            return "unknown or used code";
        }
        var verifier = form["code_verifier"].ToString();
        var challenge = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return verifier.Length == 0 || challenge != grant.CodeChallenge ? "code_verifier does not match code_challenge" : null;
    }

    private string IdToken(string nonce, IReadOnlyDictionary<string, object> claims, string accessToken)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        var payload = new Dictionary<string, object>(claims)
        {
            ["nonce"] = nonce,
            ["at_hash"] = Base64UrlEncoder.Encode(hash[..(hash.Length / 2)]),
        };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = authority,
            Audience = clientId,
            IssuedAt = DateTime.UtcNow,
            NotBefore = DateTime.UtcNow.AddSeconds(-5),
            Expires = DateTime.UtcNow.AddMinutes(5),
            Claims = payload,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }
}
