using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Beheermodule.Web.Infrastructure;

/// <summary>
/// Behind a reverse proxy the client's address arrives in X-Forwarded-For; it is believed only from the proxies
/// listed here, so rate limits count real visitors and nobody can pick their own address.
/// </summary>
public sealed class ProxyOptions : IValidatableObject
{
    public const string Section = "Proxy";

    /// <summary>IP addresses of the reverse proxies in front of the app; empty when the app faces the internet itself.</summary>
    public List<string> KnownProxies { get; set; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) =>
        KnownProxies.Where(p => !IPAddress.TryParse(p, out _))
            .Select(p => new ValidationResult($"Proxy:KnownProxies contains '{p}', which is not an IP address."));
}
