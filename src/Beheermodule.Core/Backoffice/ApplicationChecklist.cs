using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;

namespace Beheermodule.Core.Backoffice;

public enum ChecklistItemKind
{
    Signature,
    IdDocument,
    FaceToFace,
}

public sealed record ChecklistItem(string Key, ChecklistItemKind Kind, string Label, int PersonId);

/// <summary>What the helpdesk checks at the application's level (rule 3), per person where it applies.</summary>
public static class ApplicationChecklist
{
    public static IReadOnlyList<ChecklistItem> For(Application application)
    {
        var items = new List<ChecklistItem>();
        foreach (var representative in application.PersonsIn(PersonRole.LegalRepresentative))
        {
            items.Add(new($"signed:{representative.Id}", ChecklistItemKind.Signature, $"Contract ondertekend door {representative.FullName} (wettelijk vertegenwoordiger)", representative.Id));
        }
        var users = application.PersonsIn(PersonRole.MeansHolder).ToList();
        if (application.Level.NeedsIdDocumentCopy())
        {
            items.AddRange(users.Select(u => new ChecklistItem($"id:{u.Id}", ChecklistItemKind.IdDocument, $"Kopie identiteitsbewijs van {u.FullName}", u.Id)));
        }
        if (application.Level.NeedsFaceToFaceCheck())
        {
            // At EH4 the legal representative and the machtigingenbeheerder are seen in person too.
            var seen = application.Level == AssuranceLevel.EH4
                ? application.Persons.OrderBy(p => p.Role).ThenBy(p => p.Position).ToList()
                : users;
            items.AddRange(seen.Select(p => new ChecklistItem($"f2f:{p.Id}", ChecklistItemKind.FaceToFace,
                $"Identiteit face-to-face vastgesteld: {p.FullName} ({p.Role.DisplayName()})", p.Id)));
        }
        return items;
    }

    /// <summary>Alone-authorised: one signature is enough. Jointly: a majority of the representatives.</summary>
    public static int SignaturesNeeded(Application application)
    {
        var representatives = application.PersonsIn(PersonRole.LegalRepresentative).Count();
        return application.JointlyAuthorised ? representatives / 2 + 1 : Math.Min(1, representatives);
    }

    /// <summary>The items still open; empty when the application may be approved.</summary>
    public static IReadOnlyList<string> Missing(Application application, IReadOnlyCollection<ApplicationCheck> checks)
    {
        var ticked = checks.Select(c => c.Item).ToHashSet();
        var items = For(application);
        var missing = new List<string>();
        var signatures = items.Count(i => i.Kind == ChecklistItemKind.Signature && ticked.Contains(i.Key));
        var needed = SignaturesNeeded(application);
        if (signatures < needed)
        {
            missing.Add(application.JointlyAuthorised
                ? $"Handtekeningen van een meerderheid van de wettelijk vertegenwoordigers ({signatures} van de {needed} nodig)"
                : "Handtekening van een wettelijk vertegenwoordiger op het contract");
        }
        missing.AddRange(items.Where(i => i.Kind != ChecklistItemKind.Signature && !ticked.Contains(i.Key)).Select(i => i.Label));
        return missing;
    }
}
