using System.Security.Claims;

namespace Beheermodule.DemoService.Home;

/// <summary>One line of the table: a stable key for tests and styling, the Dutch label, and the value as shown.</summary>
public sealed record ReceivedClaim(string Key, string Label, string Value);

/// <summary>The eHerkenning attributes the service understands, in the order a civil servant would read them.</summary>
public static class ReceivedClaims
{
    public const string KvkNumber = "urn:etoegang:1.9:EntityConcernedID:KvKnr";
    public const string BranchNumber = "urn:etoegang:1.9:EntityConcernedID:Vestigingsnr";
    public const string ActingSubject = "urn:etoegang:core:ActingSubjectID";
    public const string ServiceUuid = "urn:etoegang:core:ServiceUUID";

    public static IReadOnlyList<ReceivedClaim> From(ClaimsPrincipal user)
    {
        var rows = new List<ReceivedClaim>();
        Add(rows, "kvk", "KvK-nummer", user.FindFirst(KvkNumber)?.Value);
        Add(rows, "vestiging", "Vestigingsnummer", user.FindFirst(BranchNumber)?.Value);
        // The pseudonym is also the subject; a provider that sends only sub still identifies the employee.
        Add(rows, "pseudoniem", "Pseudoniem van de medewerker", user.FindFirst(ActingSubject)?.Value ?? user.FindFirst("sub")?.Value);
        Add(rows, "niveau", "Betrouwbaarheidsniveau", user.FindFirst("acr")?.Value is { } acr ? AssuranceLevels.Describe(acr) : null);
        Add(rows, "naam", "Naam", Name(user));
        Add(rows, "dienst", "Dienst", user.FindFirst(ServiceUuid)?.Value);
        return rows;
    }

    private static string? Name(ClaimsPrincipal user)
    {
        var parts = new[] { user.FindFirst("given_name")?.Value, user.FindFirst("family_name")?.Value }
            .Where(part => !string.IsNullOrWhiteSpace(part));
        var name = string.Join(' ', parts);
        return name.Length > 0 ? name : null;
    }

    private static void Add(List<ReceivedClaim> rows, string key, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            rows.Add(new ReceivedClaim(key, label, value));
        }
    }
}
