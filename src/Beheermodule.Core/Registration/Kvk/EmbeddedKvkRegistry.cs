using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Beheermodule.Core.Identifiers;

namespace Beheermodule.Core.Registration.Kvk;

/// <summary>
/// The public KvK test companies, answered from an embedded resource, so development and tests
/// behave like the KvK test environment without a network or an API key.
/// </summary>
public sealed class EmbeddedKvkRegistry : IKvkRegistry
{
    private const string ResourceName = "Beheermodule.Core.Registration.Kvk.EmbeddedKvkRegistry.json";

    private static readonly Lazy<IReadOnlyDictionary<KvkNumber, KvkLookupResult>> Entries =
        new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public Task<KvkLookupResult> LookupAsync(KvkNumber kvkNumber, CancellationToken cancellationToken = default)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<KvkLookupResult>(cancellationToken);
        }

        var result = Entries.Value.TryGetValue(kvkNumber, out var known) ? known : KvkLookupResult.NotFound();
        return Task.FromResult(result);
    }

    private static IReadOnlyDictionary<KvkNumber, KvkLookupResult> Load()
    {
        using var stream = typeof(EmbeddedKvkRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");
        var entries = JsonSerializer.Deserialize<List<EntryJson>>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is empty.");

        var results = new Dictionary<KvkNumber, KvkLookupResult>();
        foreach (var entry in entries)
        {
            var kvkNumber = KvkNumber.Parse(entry.KvkNumber);
            var result = entry.Status switch
            {
                EntryStatus.Active => KvkLookupResult.Found(ToCompany(kvkNumber, entry)),
                EntryStatus.Inactive => KvkLookupResult.Inactive(ToCompany(kvkNumber, entry)),
                _ => KvkLookupResult.Unavailable(),
            };
            if (!results.TryAdd(kvkNumber, result))
            {
                throw new InvalidOperationException($"KvK number {kvkNumber} appears twice in {ResourceName}.");
            }
        }
        return results;
    }

    private static KvkCompany ToCompany(KvkNumber kvkNumber, EntryJson entry)
    {
        var name = entry.Name ?? throw new InvalidOperationException($"KvK number {kvkNumber} has no name in {ResourceName}.");
        var address = entry.Address?.ToAddress()
            ?? throw new InvalidOperationException($"KvK number {kvkNumber} has no address in {ResourceName}.");

        var branches = entry.GeneratedBranches is { } generated
            ? GenerateBranches(name, address, generated)
            : (entry.Branches ?? []).Select(branch => new KvkBranch(
                BranchNumber.Parse(branch.BranchNumber),
                branch.Name,
                branch.IsMainBranch,
                branch.Address?.ToAddress() ?? address)).ToList();

        return new KvkCompany(
            kvkNumber,
            name,
            entry.LegalForm ?? string.Empty,
            entry.Rsin is null ? null : Rsin.Parse(entry.Rsin),
            address,
            branches.AsReadOnly())
        {
            Functionaries = (entry.Functionaries ?? []).Select(f => new KvkFunctionary(
                f.Initials, f.Surname, f.DateOfBirth is null ? null : DateOnly.Parse(f.DateOfBirth, CultureInfo.InvariantCulture),
                f.Role, f.JointlyWith > 0 ? SigningAuthority.Jointly : SigningAuthority.Alone, f.JointlyWith)).ToList(),
        };
    }

    /// <summary>
    /// Stands in for a company with very many vestigingen. The first is the hoofdvestiging at the company's
    /// address; the rest cycle through the listed locations with rising house numbers, so every branch differs.
    /// </summary>
    private static List<KvkBranch> GenerateBranches(string companyName, KvkAddress companyAddress, GeneratedBranchesJson generated)
    {
        var first = long.Parse(BranchNumber.Parse(generated.FirstBranchNumber).Value, CultureInfo.InvariantCulture);
        var branches = new List<KvkBranch>(generated.Count);
        for (var i = 0; i < generated.Count; i++)
        {
            var number = BranchNumber.Parse((first + i).ToString("D12", CultureInfo.InvariantCulture));
            if (i == 0)
            {
                branches.Add(new KvkBranch(number, companyName, true, companyAddress));
                continue;
            }

            var location = generated.Locations[i % generated.Locations.Count];
            var houseNumber = (i / generated.Locations.Count + 1).ToString(CultureInfo.InvariantCulture);
            branches.Add(new KvkBranch(
                number,
                $"{companyName} {location.City} {houseNumber}",
                false,
                new KvkAddress(location.Street, houseNumber, location.PostalCode, location.City)));
        }
        return branches;
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter<EntryStatus>() },
    };

    private enum EntryStatus
    {
        Active,
        Inactive,
        Unavailable,
    }

    private sealed record EntryJson(
        string KvkNumber,
        EntryStatus Status,
        string? Name,
        string? LegalForm,
        string? Rsin,
        AddressJson? Address,
        List<BranchJson>? Branches,
        GeneratedBranchesJson? GeneratedBranches,
        List<FunctionaryJson>? Functionaries);

    /// <summary>A functionary; <c>jointlyWith</c> 0 is zelfstandig bevoegd, N is together with N others.</summary>
    private sealed record FunctionaryJson(string Initials, string Surname, string? DateOfBirth, string Role, int JointlyWith);

    private sealed record BranchJson(string BranchNumber, string Name, bool IsMainBranch, AddressJson? Address);

    private sealed record AddressJson(string Street, string HouseNumber, string PostalCode, string City)
    {
        public KvkAddress ToAddress() => new(Street, HouseNumber, PostalCode, City);
    }

    private sealed record GeneratedBranchesJson(int Count, string FirstBranchNumber, List<LocationJson> Locations);

    private sealed record LocationJson(string Street, string PostalCode, string City);
}
