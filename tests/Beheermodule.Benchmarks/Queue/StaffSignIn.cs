using System.Net;
using System.Text.RegularExpressions;

namespace Beheermodule.Benchmarks.Queue;

/// <summary>
/// Signs in the Development demo helpdesk account the way a browser does: password, then the code /dev/otp shows.
/// Cookies are kept by hand: the session cookie is marked Secure, which HttpClient would not send over plain HTTP,
/// while the app behind a TLS-terminating proxy sees exactly this.
/// </summary>
internal static partial class StaffSignIn
{
    public const string UserName = "helpdesk";
    private const string Password = "Balie-2026";

    /// <summary>The Cookie header of a signed-in session, for every client of the benchmark to send.</summary>
    public static async Task<string> SignInAsync(Uri address)
    {
        var cookies = new Dictionary<string, string>();
        using var client = NewClient(address);

        var token = await AntiforgeryTokenAsync(client, cookies, "/inloggen");
        var response = await PostAsync(client, cookies, "/inloggen",
            [new("Input.UserName", UserName), new("Input.Password", Password), new("__RequestVerificationToken", token)]);
        Expect(response, "/inloggen/code", "the password step");

        token = await AntiforgeryTokenAsync(client, cookies, "/inloggen/code");
        var code = await CurrentCodeAsync(client, cookies);
        response = await PostAsync(client, cookies, "/inloggen/code", [new("Code", code), new("__RequestVerificationToken", token)]);
        Expect(response, "/", "the code step");
        return CookieHeader(cookies);
    }

    /// <summary>Without redirects or a cookie container, so every response is seen as the server sent it.</summary>
    public static HttpClient NewClient(Uri address) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client, Dictionary<string, string> cookies, string path)
    {
        var html = await GetAsync(client, cookies, path);
        return AntiforgeryField().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    private static async Task<string> CurrentCodeAsync(HttpClient client, Dictionary<string, string> cookies)
    {
        var html = await GetAsync(client, cookies, "/dev/otp");
        return OtpCode().Match(html) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"No code for {UserName} on /dev/otp.");
    }

    private static async Task<string> GetAsync(HttpClient client, Dictionary<string, string> cookies, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        using var response = await SendAsync(client, cookies, request);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Dictionary<string, string> cookies, string path, KeyValuePair<string, string>[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        return await SendAsync(client, cookies, request);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Dictionary<string, string> cookies, HttpRequestMessage request)
    {
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", CookieHeader(cookies));
        }
        var response = await client.SendAsync(request);
        foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
        {
            var pair = setCookie.Split(';', 2)[0].Split('=', 2);
            if (pair is [var name, { Length: > 0 } value])
            {
                cookies[name.Trim()] = value.Trim();
            }
            else if (pair is [var deleted, _])
            {
                // An empty value is how the server deletes a cookie, such as the one between the two steps.
                cookies.Remove(deleted.Trim());
            }
        }
        return response;
    }

    private static void Expect(HttpResponseMessage response, string location, string step)
    {
        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString.Split('?')[0] != location)
        {
            throw new InvalidOperationException($"Signing in as {UserName} failed at {step}: {(int)response.StatusCode} {response.Headers.Location}.");
        }
        response.Dispose();
    }

    private static string CookieHeader(Dictionary<string, string> cookies) =>
        string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}"));

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("data-user=\"" + UserName + "\">(\\d{6})<")]
    private static partial Regex OtpCode();
}
