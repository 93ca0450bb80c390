using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Beheermodule.IntegrationTests.Infrastructure;

/// <summary>An HttpClient that behaves like a browser for forms: it reads the antiforgery token from the page first.</summary>
public sealed class BrowserLikeClient(HttpClient client)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => client;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> GetAsync(string path)
    {
        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    public async Task<IHtmlDocument> GetPageAsync(string path)
    {
        var (response, page) = await GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode} {response.Headers.Location}");
        return page;
    }

    /// <summary>Posts the form on <paramref name="path"/> with the given fields, as a browser would after loading the page.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await GetPageAsync(path);
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {path}.");
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(path, content);
    }

    /// <summary>Posts and parses the page that comes back (when the form is shown again with errors).</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostFormAndReadAsync(string path, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var response = await PostFormAsync(path, fields);
        return (response, await ReadPageAsync(response));
    }

    public static async Task<IHtmlDocument> ReadPageAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());

    public static string? ErrorBeside(IHtmlDocument page, string fieldName)
    {
        var input = page.QuerySelector($"[name='{fieldName}']");
        var container = input?.Closest(".field") ?? input?.Closest("fieldset");
        return container?.QuerySelector(".error-message, .field-validation-error")?.TextContent.Trim();
    }

    public static string? ValueOf(IHtmlDocument page, string fieldName) =>
        (page.QuerySelector($"input[name='{fieldName}']") as IHtmlInputElement)?.Value;
}
