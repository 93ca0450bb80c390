using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration.Drafts;

namespace Beheermodule.Core.Upgrades;

/// <summary>
/// Rule 13: a user in an application upgrades an existing means only when the KvK number, the vestigingsnummer, the
/// organisation's name and address, the holder's name and the e-mail address are exactly those of that means; any
/// difference makes it a new means, and the service would no longer know the person. E-mail addresses are compared
/// without regard to capitals, as mail is delivered alike; everything else exactly, after the wizard's own clean-up.
/// </summary>
public static class UpgradeRule
{
    public const string KvkNumber = "KvK-nummer";
    public const string BranchNumber = "vestigingsnummer";
    public const string OrganisationName = "naam van de organisatie";
    public const string Address = "adres";
    public const string HolderName = "naam";
    public const string Email = "e-mailadres";

    /// <summary>What differs between the user as typed and the existing means, in the order the summary names them.</summary>
    public static IReadOnlyList<string> Differences(OrganisationStep organisation, PersonInput user, Means means)
    {
        var differences = new List<string>();
        var existing = means.Organisation;
        if (!string.Equals(organisation.KvkNumber, existing.KvkNumber, StringComparison.Ordinal))
        {
            differences.Add(KvkNumber);
        }
        var branch = organisation.RegisterOnBranch ? organisation.BranchNumber : null;
        if (!string.Equals(branch, means.BranchNumber, StringComparison.Ordinal))
        {
            differences.Add(BranchNumber);
        }
        if (!string.Equals(organisation.Name, existing.Name, StringComparison.Ordinal))
        {
            differences.Add(OrganisationName);
        }
        if (!string.Equals(organisation.Street, existing.Street, StringComparison.Ordinal)
            || !string.Equals(organisation.HouseNumber, existing.HouseNumber, StringComparison.Ordinal)
            || !string.Equals(organisation.PostalCode, existing.PostalCode, StringComparison.Ordinal)
            || !string.Equals(organisation.City, existing.City, StringComparison.Ordinal))
        {
            differences.Add(Address);
        }
        if (!string.Equals(PersonRules.NormaliseInitials(user.Initials ?? ""), means.HolderInitials, StringComparison.Ordinal)
            || !string.Equals(user.Surname?.Trim(), means.HolderSurname, StringComparison.Ordinal))
        {
            differences.Add(HolderName);
        }
        if (!string.Equals(user.Email?.Trim(), means.HolderEmail, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add(Email);
        }
        return differences;
    }

    /// <summary>
    /// The existing means this user upgrades, or the nearest one with what differs: among the organisation's active
    /// means below the new level that share the e-mail address or the holder's name (the same person, with a typo
    /// somewhere), the one with the fewest differences, the same e-mail address first. Someone else is a new means.
    /// </summary>
    public static UpgradeMatch Match(OrganisationStep organisation, PersonInput user, IEnumerable<Means> candidates)
    {
        var nearest = candidates
            .Select(means => (Means: means, Differences: Differences(organisation, user, means)))
            .Where(c => !c.Differences.Contains(Email) || !c.Differences.Contains(HolderName))
            .OrderBy(c => c.Differences.Count)
            .ThenBy(c => c.Differences.Contains(Email))
            .ThenBy(c => c.Means.Id)
            .FirstOrDefault();
        return nearest.Means is null ? UpgradeMatch.NoExistingMeans : new UpgradeMatch(nearest.Means, nearest.Differences);
    }
}

/// <summary>One user against the company's existing means: an upgrade when nothing differs.</summary>
public sealed record UpgradeMatch(Means? Means, IReadOnlyList<string> Differences)
{
    public static readonly UpgradeMatch NoExistingMeans = new(null, []);

    public bool IsUpgrade => Means is not null && Differences.Count == 0;

    /// <summary>The summary's line: "komt overeen: opwaardering van uw middel" or "wijkt af: e-mailadres, dus een nieuw middel".</summary>
    public string Describe() =>
        IsUpgrade ? "komt overeen: opwaardering van uw middel"
        : Means is null ? "geen bestaand middel gevonden, dus een nieuw middel"
        : $"wijkt af: {string.Join(", ", Differences)}, dus een nieuw middel";
}
