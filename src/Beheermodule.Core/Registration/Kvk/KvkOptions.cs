using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration.Kvk;

public sealed class KvkOptions
{
    public const string Section = "Kvk";
    public const string EmbeddedRegistry = "Embedded";
    public const string ApiRegistry = "Api";

    /// <summary>"Embedded" (the KvK test companies, built in) or "Api" (the real KvK API).</summary>
    [Required(ErrorMessage = "Kvk:Registry is required.")]
    public string Registry { get; set; } = EmbeddedRegistry;

    [Required(ErrorMessage = "Kvk:BaseUrl is required.")]
    [Url(ErrorMessage = "Kvk:BaseUrl must be an absolute http or https address.")]
    public string BaseUrl { get; set; } = "https://api.kvk.nl/api";

    public string? ApiKey { get; set; }

    /// <summary>The time one lookup may take in total, both requests together.</summary>
    [Range(1, 120, ErrorMessage = "Kvk:TimeoutSeconds must be between 1 and 120.")]
    public int TimeoutSeconds { get; set; } = 10;

    public bool UsesApi => string.Equals(Registry, ApiRegistry, StringComparison.OrdinalIgnoreCase);

    public bool UsesEmbedded => string.Equals(Registry, EmbeddedRegistry, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The rules that span settings, which data annotations cannot express.</summary>
public sealed class KvkOptionsValidator : IValidateOptions<KvkOptions>
{
    public ValidateOptionsResult Validate(string? name, KvkOptions options)
    {
        var failures = new List<string>();
        if (!string.IsNullOrWhiteSpace(options.Registry) && !options.UsesApi && !options.UsesEmbedded)
        {
            failures.Add($"Kvk:Registry must be {KvkOptions.EmbeddedRegistry} or {KvkOptions.ApiRegistry}, not '{options.Registry}'.");
        }
        if (options.UsesApi && string.IsNullOrWhiteSpace(options.ApiKey))
        {
            failures.Add("Kvk:ApiKey is required when Kvk:Registry is Api.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
