using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using DotLiquid;
using DotLiquid.FileSystems;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Templates;

/// <summary>
/// Renders the Liquid texts under templates/ with a typed model. The model is flattened through JSON into
/// Liquid hashes, so every property is visible to the template under its C# name, and a name the model does
/// not have throws: a misspelt placeholder fails instead of printing nothing. A template may extend a layout
/// (<c>{% extends 'email/_layout.html' %}</c>), which is looked up under the same folder.
/// </summary>
public sealed class TemplateRenderer(IOptions<TemplateOptions> options) : ITemplateFileSystem
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private readonly ConcurrentDictionary<string, Template> _cache = new();
    private readonly TemplateOptions _options = options.Value;

    /// <summary>Renders templates/<paramref name="relativePath"/>; in .html templates every value is HTML-encoded.</summary>
    public string Render(string relativePath, object model)
    {
        var template = _cache.GetOrAdd(relativePath, Load);
        var encodeHtml = relativePath.EndsWith(".html", StringComparison.OrdinalIgnoreCase);
        var root = ToHash(JsonSerializer.SerializeToElement(model, model.GetType()), encodeHtml, relativePath);
        var registers = new Hash { ["file_system"] = this };
        var context = new Context([root], new Hash(), registers, ErrorsOutputMode.Rethrow, 1000, Dutch, CancellationToken.None);
        try
        {
            return template.Render(RenderParameters.FromContext(context, Dutch));
        }
        catch (UnknownTemplateValueException)
        {
            throw;
        }
        catch (Exception ex) when (ex is not TemplateException)
        {
            throw new TemplateException($"Template '{relativePath}' failed to render: {ex.Message}");
        }
    }

    private Template Load(string relativePath)
    {
        var path = Path.Combine(_options.ResolvedPath, relativePath);
        if (!File.Exists(path))
        {
            throw new TemplateException($"Template '{relativePath}' not found under '{_options.ResolvedPath}' (setting Templates:Path).");
        }
        try
        {
            return Template.Parse(File.ReadAllText(path));
        }
        catch (Exception ex)
        {
            throw new TemplateException($"Template '{relativePath}' does not parse: {ex.Message}");
        }
    }

    Template ITemplateFileSystem.GetTemplate(Context context, string templateName) => _cache.GetOrAdd(LayoutPath(context, templateName), Load);

    string IFileSystem.ReadTemplateFile(Context context, string templateName) =>
        File.ReadAllText(Path.Combine(_options.ResolvedPath, LayoutPath(context, templateName)));

    /// <summary>The tag carries the name as a quoted literal, which the context turns into the string itself.</summary>
    private static string LayoutPath(Context context, string templateName) =>
        context[templateName] as string ?? throw new TemplateException($"Layout name {templateName} must be a quoted path under templates/.");

    private static object? ToLiquid(JsonElement element, bool encodeHtml, string templateName) => element.ValueKind switch
    {
        JsonValueKind.Object => ToHash(element, encodeHtml, templateName),
        JsonValueKind.Array => element.EnumerateArray().Select(e => ToLiquid(e, encodeHtml, templateName)).ToList(),
        JsonValueKind.String => encodeHtml ? System.Net.WebUtility.HtmlEncode(element.GetString()) : element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var whole) ? whole : element.GetDecimal(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static Hash ToHash(JsonElement element, bool encodeHtml, string templateName)
    {
        var hash = new Hash((_, key) => throw new UnknownTemplateValueException(templateName, key));
        foreach (var property in element.EnumerateObject())
        {
            hash[property.Name] = ToLiquid(property.Value, encodeHtml, templateName);
        }
        return hash;
    }
}

public class TemplateException(string message) : Exception(message);

public sealed class UnknownTemplateValueException(string template, string name)
    : TemplateException($"Template '{template}' uses '{name}', which its model does not have.");
