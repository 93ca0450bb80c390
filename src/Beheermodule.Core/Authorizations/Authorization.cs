using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Organisations;

namespace Beheermodule.Core.Authorizations;

/// <summary>
/// Machtiging: a means holder may act for the organisation at one service. The machtigingenbeheerder role is a
/// machtiging too (afsprakenstelsel), with <see cref="IsManagerRole"/> set and no service.
/// </summary>
public sealed class Authorization
{
    public int Id { get; set; }
    public int MeansId { get; set; }
    public Means Means { get; set; } = null!;
    public int OrganisationId { get; set; }
    public Organisation Organisation { get; set; } = null!;
    public int? ServiceId { get; set; }
    public Service? Service { get; set; }
    public bool IsManagerRole { get; set; }
    public AuthorizationStatus Status { get; set; } = AuthorizationStatus.Pending;
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidUntil { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Who granted it: "aanvraag EH-2026-000123" or a beheerder's account.</summary>
    public string GrantedBy { get; set; } = "";
}

public enum AuthorizationStatus
{
    Pending = 10,
    Active = 20,
    Expired = 30,
    Lapsed = 40,
    Revoked = 50,
}

public static class AuthorizationStatusExtensions
{
    /// <summary>The state's name in the UI (domain.md, lifecycles).</summary>
    public static string DisplayName(this AuthorizationStatus status) => status switch
    {
        AuthorizationStatus.Pending => "In afwachting",
        AuthorizationStatus.Active => "Actief",
        AuthorizationStatus.Expired => "Verlopen",
        AuthorizationStatus.Lapsed => "Vervallen",
        AuthorizationStatus.Revoked => "Ingetrokken",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
