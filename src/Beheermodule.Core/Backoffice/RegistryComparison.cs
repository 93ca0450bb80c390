using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.Core.Backoffice;

public sealed record ComparedField(string Label, string InApplication, string InRegistry, bool Differs);

public sealed record RegistryComparisonResult(KvkLookupOutcome Outcome, IReadOnlyList<ComparedField> Fields)
{
    public bool AnyDifference => Fields.Any(f => f.Differs);
}

/// <summary>The application beside the KvK registry as it is today, so the helpdesk sees every difference.</summary>
public sealed class RegistryComparison(IKvkRegistry registry)
{
    public async Task<RegistryComparisonResult> CompareAsync(Application application, CancellationToken cancellationToken = default)
    {
        var lookup = await registry.LookupAsync(KvkNumber.Parse(application.KvkNumber), cancellationToken);
        if (lookup.Company is not { } company)
        {
            return new RegistryComparisonResult(lookup.Outcome, []);
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
        return new RegistryComparisonResult(lookup.Outcome, fields);
    }

    private static ComparedField Field(string label, string inApplication, string inRegistry) =>
        new(label, inApplication.Trim(), inRegistry.Trim(), !string.Equals(Normalise(inApplication), Normalise(inRegistry), StringComparison.OrdinalIgnoreCase));

    private static string Normalise(string value) => string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
