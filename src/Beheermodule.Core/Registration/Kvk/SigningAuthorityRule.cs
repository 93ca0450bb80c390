using Beheermodule.Core.Accounts;

namespace Beheermodule.Core.Registration.Kvk;

/// <summary>A legal representative of an application beside the register: the functionary they are, or none.</summary>
public sealed record SignerInRegister(string Name, KvkFunctionary? Functionary)
{
    public bool Found => Functionary is not null;

    /// <summary>"Bestuurder, zelfstandig bevoegd", or why the signature does not count.</summary>
    public string Describe() => Functionary is { } f ? $"{f.Role}, {f.AuthorityText}" : "niet gevonden in het Handelsregister";
}

/// <summary>
/// Who may sign for the company, by the Handelsregister: a functionary who is zelfstandig bevoegd alone, or one who
/// is gezamenlijk bevoegd together with enough other functionaries. People are matched by initials, surname and
/// (where the register gives it) date of birth, compared as people mean them.
/// </summary>
public static class SigningAuthorityRule
{
    public static SignerInRegister Find(PersonIdentity person, IReadOnlyList<KvkFunctionary> functionaries) =>
        new($"{person.Initials} {person.Surname}",
            functionaries.FirstOrDefault(f => new PersonIdentity(f.Initials, f.Surname, f.DateOfBirth).IsSamePersonAs(person)));

    /// <summary>True when these signatures together bind the company.</summary>
    public static bool Binds(IReadOnlyList<SignerInRegister> signers)
    {
        var found = signers.Where(s => s.Found).Select(s => s.Functionary!).Distinct().ToList();
        return found.Any(f => f.Authority == SigningAuthority.Alone)
            || found.Any(f => f.Authority == SigningAuthority.Jointly && found.Count - 1 >= f.JointlyWith);
    }

    /// <summary>Why these signers cannot bind the company, in Dutch; null when they can.</summary>
    public static string? Problem(IReadOnlyList<SignerInRegister> signers, string organisationName)
    {
        if (Binds(signers))
        {
            return null;
        }
        var notFound = signers.Where(s => !s.Found).Select(s => s.Name).ToList();
        var joint = signers.Where(s => s.Functionary is { Authority: SigningAuthority.Jointly }).ToList();
        var reasons = new List<string>();
        if (notFound.Count > 0)
        {
            reasons.Add($"{string.Join(" en ", notFound)} {(notFound.Count == 1 ? "staat" : "staan")} niet als functionaris in het Handelsregister");
        }
        if (joint.Count > 0)
        {
            var needed = joint.Max(s => s.Functionary!.JointlyWith) + 1;
            reasons.Add($"{string.Join(" en ", joint.Select(s => s.Name))} {(joint.Count == 1 ? "is" : "zijn")} alleen samen met anderen bevoegd: er zijn {needed} handtekeningen van bestuurders nodig");
        }
        if (reasons.Count == 0)
        {
            reasons.Add("er is geen handtekening van een bevoegde functionaris");
        }
        return $"Deze handtekeningen binden {organisationName} niet: {string.Join("; ", reasons)}.";
    }
}
