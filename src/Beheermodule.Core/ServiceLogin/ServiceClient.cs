using Beheermodule.Core.Catalogue;

namespace Beheermodule.Core.ServiceLogin;

/// <summary>
/// A service of the catalogue registered as an OpenID Connect client. The client itself (its hashed secret and redirect
/// addresses) lives in OpenIddict's tables under the same <see cref="ClientId"/>; this row says which service it is,
/// and so which level it needs and which ServiceUUID its machtigingen name.
/// </summary>
public sealed class ServiceClient
{
    public int Id { get; set; }
    public string ClientId { get; set; } = "";
    public int ServiceId { get; set; }
    public Service Service { get; set; } = null!;

    /// <summary>Whether the service may learn the holder's name; otherwise it gets the pseudonym alone (data minimisation).</summary>
    public bool EntitledToNames { get; set; }

    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
}
