using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;

namespace Beheermodule.Core.Authorizations;

/// <summary>
/// Machtiging: a means holder may act for the organisation at one service, or at every service up to a level
/// (<see cref="AllServicesUpTo"/>). The machtigingenbeheerder role is a machtiging too (afsprakenstelsel), with
/// <see cref="IsManagerRole"/> set and no service. Valid from <see cref="ValidFrom"/> through <see cref="ValidUntil"/>.
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

    /// <summary>"Alle diensten" up to and including this level; null for one service or the beheerder role.</summary>
    public AssuranceLevel? AllServicesUpTo { get; set; }

    /// <summary>Restricted to acting for this vestiging (12 digits) only; null for the whole organisation.</summary>
    public string? BranchNumber { get; set; }
    public AuthorizationStatus Status { get; set; } = AuthorizationStatus.Pending;
    public DateOnly ValidFrom { get; set; }
    public DateOnly ValidUntil { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>Who granted it: "aanvraag EH-2026-000123" or a beheerder's account.</summary>
    public string GrantedBy { get; set; } = "";

    /// <summary>The last log-in at a service with it; unused for 24 months, it lapses.</summary>
    public DateTime? LastUsedAt { get; set; }

    /// <summary>When it stopped (revoked, expired or lapsed), and by whom or what.</summary>
    public DateTime? EndedAt { get; set; }

    public string? EndedBy { get; set; }

    /// <summary>The reminders before <see cref="ValidUntil"/> already sent, so the daily job sends each once.</summary>
    public DateTime? Reminder60SentAt { get; set; }

    public DateTime? Reminder14SentAt { get; set; }

    /// <summary>Changed on every update, so two beheerders (or a beheerder and the daily job) cannot overwrite each other.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    public void Touch() => Version = Guid.NewGuid();

    /// <summary>What it allows, as pages, mails and the audit trail name it; needs <see cref="Service"/> and its provider loaded.</summary>
    public string What => this switch
    {
        { IsManagerRole: true } => "Machtigingenbeheerder",
        { AllServicesUpTo: { } level } => $"Alle diensten tot en met {level.DisplayName()}",
        { Service: { } service } => service.DisplayName,
        _ => throw new InvalidOperationException($"Machtiging {Id}: its service is not loaded."),
    };

    /// <summary>Pending or Active: it counts for its holder now, or will once the means is activated.</summary>
    public bool IsCurrent => Status is AuthorizationStatus.Pending or AuthorizationStatus.Active;
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
