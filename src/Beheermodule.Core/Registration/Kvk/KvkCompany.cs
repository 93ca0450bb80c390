using Beheermodule.Core.Identifiers;

namespace Beheermodule.Core.Registration.Kvk;

public sealed record KvkCompany(
    KvkNumber KvkNumber,
    string Name,
    string LegalForm,
    Rsin? Rsin,
    KvkAddress Address,
    IReadOnlyList<KvkBranch> Branches)
{
    public KvkBranch? FindBranch(BranchNumber branchNumber) =>
        Branches.FirstOrDefault(branch => branch.BranchNumber == branchNumber);

    public KvkBranch? MainBranch => Branches.FirstOrDefault(branch => branch.IsMainBranch);

    /// <summary>
    /// The people registered as able to act for the company (bestuurders, eigenaar, vennoten), with their authority;
    /// empty when the registry gives none (the KvK's Basisprofiel API does not), and then staff check it by hand.
    /// </summary>
    public IReadOnlyList<KvkFunctionary> Functionaries { get; init; } = [];
}

public enum SigningAuthority
{
    /// <summary>Alleen/zelfstandig bevoegd: one signature binds the company.</summary>
    Alone,

    /// <summary>Gezamenlijk bevoegd: binds the company only together with <see cref="KvkFunctionary.JointlyWith"/> other functionaries.</summary>
    Jointly,
}

/// <param name="Role">As the register names it: "Bestuurder", "Eigenaar", "Vennoot".</param>
/// <param name="JointlyWith">For <see cref="SigningAuthority.Jointly"/>: how many other functionaries must sign too.</param>
public sealed record KvkFunctionary(string Initials, string Surname, DateOnly? DateOfBirth, string Role, SigningAuthority Authority, int JointlyWith = 0)
{
    public string FullName => $"{Initials} {Surname}";

    /// <summary>"zelfstandig bevoegd", "gezamenlijk bevoegd met 1 andere bestuurder".</summary>
    public string AuthorityText => Authority == SigningAuthority.Alone
        ? "zelfstandig bevoegd"
        : $"gezamenlijk bevoegd met {JointlyWith} {(JointlyWith == 1 ? "andere functionaris" : "andere functionarissen")}";
}

public sealed record KvkBranch(BranchNumber BranchNumber, string Name, bool IsMainBranch, KvkAddress Address);

public sealed record KvkAddress(string Street, string HouseNumber, string PostalCode, string City)
{
    /// <summary>"Straat 1, 1234 AB Plaats"; parts the registry left empty are skipped.</summary>
    public string OneLine
    {
        get
        {
            var streetLine = $"{Street} {HouseNumber}".Trim();
            var cityLine = $"{PostalCode} {City}".Trim();
            return string.Join(", ", new[] { streetLine, cityLine }.Where(part => part.Length > 0));
        }
    }
}
