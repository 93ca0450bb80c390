using Beheermodule.Core.Accounts;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.Core.Backoffice;

public sealed record ComparedField(string Label, string InApplication, string InRegistry, bool Differs);

/// <param name="Signers">Per legal representative (by person id): the functionary they are in the register, or none.</param>
/// <param name="FunctionariesKnown">False when the register gives no functionaries: staff check the authority by hand.</param>
public sealed record RegistryComparisonResult(KvkLookupOutcome Outcome, IReadOnlyList<ComparedField> Fields,
    IReadOnlyDictionary<int, SignerInRegister> Signers, bool FunctionariesKnown, string OrganisationName)
{
    public bool AnyDifference => Fields.Any(f => f.Differs);

    /// <summary>Why the signatures of <paramref name="signedBy"/> (person ids) do not bind the company; null when they do or the register cannot say.</summary>
    public string? SignatureProblem(IEnumerable<int> signedBy) =>
        FunctionariesKnown ? SigningAuthorityRule.Problem(signedBy.Where(Signers.ContainsKey).Select(id => Signers[id]).ToList(), OrganisationName) : null;
}

/// <summary>
/// The application beside the KvK registry as it is today, so the helpdesk sees every difference, and for each legal
/// representative whether the register knows them and with what authority.
/// </summary>
public sealed class RegistryComparison(IKvkRegistry registry)
{
    public async Task<RegistryComparisonResult> CompareAsync(Application application, CancellationToken cancellationToken = default)
    {
        var lookup = await registry.LookupAsync(KvkNumber.Parse(application.KvkNumber), cancellationToken);
        if (lookup.Company is not { } company)
        {
            return new RegistryComparisonResult(lookup.Outcome, [], new Dictionary<int, SignerInRegister>(), false, application.OrganisationName);
        }
        var branch = application.BranchNumber is { } number ? company.FindBranch(BranchNumber.Parse(number)) : null;
        var registryAddress = branch?.Address ?? company.Address;
        var fields = new List<ComparedField>
        {
            Field("Naam", application.OrganisationName, company.Name),
            Field("Adres", $"{application.Street} {application.HouseNumber}", $"{registryAddress.Street} {registryAddress.HouseNumber}"),
            Field("Postcode en plaats", $"{application.PostalCode} {application.City}", $"{registryAddress.PostalCode} {registryAddress.City}"),
        };
        if (application.BranchNumber is { } branchNumber)
        {
            fields.Add(new ComparedField("Vestiging", branchNumber,
                branch is null ? "hoort niet (meer) bij dit KvK-nummer" : $"{branch.BranchNumber} {(branch.IsMainBranch ? "(hoofdvestiging)" : "(nevenvestiging)")}",
                branch is null));
        }
        if (lookup.Outcome == KvkLookupOutcome.Inactive)
        {
            fields.Add(new ComparedField("Inschrijving", "actief", "niet meer actief", true));
        }
        var signers = application.PersonsIn(PersonRole.LegalRepresentative)
            .ToDictionary(p => p.Id, p => SigningAuthorityRule.Find(new PersonIdentity(p.Initials, p.Surname, p.DateOfBirth), company.Functionaries));
        return new RegistryComparisonResult(lookup.Outcome, fields, signers, company.Functionaries.Count > 0, company.Name);
    }

    private static ComparedField Field(string label, string inApplication, string inRegistry) =>
        new(label, inApplication.Trim(), inRegistry.Trim(), !string.Equals(Normalise(inApplication), Normalise(inRegistry), StringComparison.OrdinalIgnoreCase));

    private static string Normalise(string value) => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
