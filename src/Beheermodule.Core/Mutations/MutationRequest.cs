namespace Beheermodule.Core.Mutations;

/// <summary>The public mutation form as typed: strings, so what was typed comes back unchanged beside its error.</summary>
public sealed class MutationRequest
{
    /// <summary>A <see cref="MutationKind"/> name from <see cref="MutationKindExtensions.Public"/>.</summary>
    public string? Kind { get; set; }

    public string? KvkNumber { get; set; }
    public string? HolderEmail { get; set; }

    /// <summary>Opzeggen: as the date input sends it, yyyy-MM-dd.</summary>
    public string? EndDate { get; set; }

    public string? NewKvkNumber { get; set; }

    /// <summary>Naam of e-mailadres wijzigen: the holder's new initials, surname or e-mail address; at least one.</summary>
    public string? NewInitials { get; set; }
    public string? NewSurname { get; set; }
    public string? NewHolderEmail { get; set; }

    /// <summary>Machtiging wijzigen: "Grant" or "Revoke", the service's id, and for a grant the term in years.</summary>
    public string? AuthorizationAction { get; set; }
    public string? ServiceId { get; set; }
    public string? Years { get; set; }
    public string? Remark { get; set; }
}
