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
