using System.Net;
using System.Text.RegularExpressions;

namespace Beheermodule.Benchmarks.Logins;

/// <summary>
/// One visitor's cookies over plain HTTP, kept by hand: the session cookie is marked Secure, which HttpClient would
/// not send over HTTP, while the app behind a TLS-terminating proxy sees exactly this.
/// </summary>
internal sealed partial class BrowserSession(HttpClient client)
{
    private readonly Dictionary<string, string> _cookies = [];

    public bool Has(string cookie) => _cookies.ContainsKey(cookie);

    /// <summary>GETs a page with a form and returns its antiforgery token.</summary>
    public async Task<string> FormTokenAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK || AntiforgeryField().Match(html) is not { Success: true } match)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode} without a form.");
        }
        return match.Groups[1].Value;
    }

    /// <summary>POSTs a form and returns where the app sends the visitor next (the path, without the query).</summary>
    public async Task<string> PostAsync(string path, params KeyValuePair<string, string>[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        using var response = await SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode} instead of a redirect.");
        }
        return response.Headers.Location!.OriginalString.Split('?')[0];
    }

    /// <summary>GETs an address with this browser's cookies and hands back the answer as it came, redirects unfollowed.</summary>
    public async Task<HttpResponseMessage> GetAsync(string pathAndQuery)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
        var response = await SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
        var response = await client.SendAsync(request);
        foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = setCookie.Split(';', 2)[0].Split('=', 2);
            if (pair is [var name, { Length: > 0 } value])
            {
                _cookies[name.Trim()] = value.Trim();
            }
            else if (pair is [var deleted, _])
            {
                _cookies.Remove(deleted.Trim());
            }
        }
        return response;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
