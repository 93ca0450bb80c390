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

/// <summary>
/// What the helpdesk checks (rule 3): the evidence of the application's level (<see cref="LevelEvidence"/>) for
/// every person who gets a means or a new level (<see cref="MeansRecipients"/>), and the representatives'
/// signatures. A tick counts only while its evidence is there: an uploaded signed contract, an identity document
/// assigned to that person, a face-to-face record.
/// </summary>
public static class ApplicationChecklist
{
    public static IReadOnlyList<ChecklistItem> For(Application application)
    {
        var items = new List<ChecklistItem>();
        foreach (var representative in application.PersonsIn(PersonRole.LegalRepresentative))
        {
            items.Add(new($"signed:{representative.Id}", ChecklistItemKind.Signature, $"Contract ondertekend door {representative.FullName} (wettelijk vertegenwoordiger)", representative.Id));
        }
        var holders = MeansRecipients.Of(application).Where(r => r.GetsMeans).ToList();
        var evidence = LevelEvidence.PerHolder(application.Level);
        if (evidence.Contains(EvidenceKind.IdDocumentCopy))
        {
            items.AddRange(holders.Select(h => new ChecklistItem($"id:{h.Person.Id}", ChecklistItemKind.IdDocument, $"Kopie identiteitsbewijs van {Describe(h)}", h.Person.Id)));
        }
        if (evidence.Contains(EvidenceKind.FaceToFaceCheck))
        {
            // At EH4 the legal representatives and every machtigingenbeheerder are seen in person too.
            var seen = holders.Select(h => (h.Person, Described: Describe(h))).ToList();
            if (application.Level == AssuranceLevel.EH4)
            {
                var holderIds = seen.Select(s => s.Person.Id).ToHashSet();
                seen.AddRange(application.Persons.Where(p => p.Role != PersonRole.MeansHolder && !holderIds.Contains(p.Id))
                    .OrderBy(p => p.Role).ThenBy(p => p.Position).Select(p => (p, Describe(p))));
            }
            items.AddRange(seen.Select(s => new ChecklistItem($"f2f:{s.Person.Id}", ChecklistItemKind.FaceToFace, $"Identiteit face-to-face vastgesteld: {s.Described}", s.Person.Id)));
        }
        return items;
    }

    /// <summary>"A. Jansen (gebruiker)", "D. Duck (machtigingenbeheerder, eigen middel)".</summary>
    public static string Describe(MeansRecipient recipient) => recipient.Case switch
    {
        MeansRecipientCase.BeheerderOwnMeans => $"{recipient.Person.FullName} (machtigingenbeheerder, eigen middel)",
        MeansRecipientCase.Upgrade => $"{recipient.Person.FullName} (gebruiker, opwaardering)",
        _ => Describe(recipient.Person),
    };

    /// <summary>"G. Gans (wettelijk vertegenwoordiger)": a person by name and role.</summary>
    public static string Describe(ApplicationPerson person) => $"{person.FullName} ({person.Role.DisplayName()})";

    /// <summary>Alone-authorised: one signature is enough. Jointly: a majority of the representatives.</summary>
    public static int SignaturesNeeded(Application application)
    {
        var representatives = application.PersonsIn(PersonRole.LegalRepresentative).Count();
        return application.JointlyAuthorised ? representatives / 2 + 1 : Math.Min(1, representatives);
    }

    /// <summary>The legal representatives (person ids) whose signature is ticked.</summary>
    public static IReadOnlyList<int> Signers(Application application, IReadOnlyCollection<ApplicationCheck> checks)
    {
        var ticked = checks.Select(c => c.Item).ToHashSet();
        return For(application).Where(i => i.Kind == ChecklistItemKind.Signature && ticked.Contains(i.Key)).Select(i => i.PersonId).ToList();
    }

    /// <summary>Why <paramref name="item"/> cannot be ticked yet, in Dutch; null when its evidence is there.</summary>
    public static string? EvidenceMissing(ChecklistItem item, IReadOnlyCollection<ApplicationDocument> documents) => item.Kind switch
    {
        ChecklistItemKind.Signature when !documents.Any(d => d.Kind == ApplicationDocumentKind.SignedContract) =>
            "Upload eerst het ondertekende contract; dan kunt u de handtekening afvinken.",
        ChecklistItemKind.IdDocument when !documents.Any(d => d.Kind == ApplicationDocumentKind.IdDocument && d.PersonId == item.PersonId) =>
            "Upload eerst de kopie van het identiteitsbewijs van deze persoon, en kies bij het uploaden van wie het is.",
        _ => null,
    };

    /// <summary>
    /// What the applicant still has to send, in their words: the open items of the same checklist, so the status page
    /// asks exactly for what approval will look for.
    /// </summary>
    public static IReadOnlyList<string> StillNeededFromApplicant(Application application, IReadOnlyCollection<ApplicationCheck> checks, IReadOnlyCollection<ApplicationDocument> documents)
    {
        if (!LevelEvidence.NeedsSignedContract(application.Level))
        {
            return [];
        }
        var ticked = checks.Select(c => c.Item).ToHashSet();
        var needed = new List<string>();
        var representatives = application.PersonsIn(PersonRole.LegalRepresentative).Select(p => p.FullName).ToList();
        if (!documents.Any(d => d.Kind == ApplicationDocumentKind.SignedContract))
        {
            needed.Add($"Het contract, ondertekend door {(application.JointlyAuthorised ? "een meerderheid van " : "")}{string.Join(" en ", representatives)}");
        }
        var holders = MeansRecipients.Of(application).Where(r => r.GetsMeans).ToDictionary(r => r.Person.Id);
        foreach (var item in For(application).Where(i => i.Kind != ChecklistItemKind.Signature))
        {
            var person = holders.TryGetValue(item.PersonId, out var holder) ? Describe(holder) : Describe(application.Persons.Single(p => p.Id == item.PersonId));
            if (item.Kind == ChecklistItemKind.IdDocument && EvidenceMissing(item, documents) is not null)
            {
                needed.Add($"Een kopie van een geldig identiteitsbewijs van {person}");
            }
            else if (item.Kind == ChecklistItemKind.FaceToFace && !ticked.Contains(item.Key))
            {
                needed.Add($"De persoonlijke identiteitscontrole van {person}: maak een afspraak met onze helpdesk");
            }
        }
        return needed;
    }

    /// <summary>The items still open, ticks without their evidence counting as open; empty when the application may be approved.</summary>
    public static IReadOnlyList<string> Missing(Application application, IReadOnlyCollection<ApplicationCheck> checks, IReadOnlyCollection<ApplicationDocument> documents)
    {
        var items = For(application);
        var ticked = checks.Select(c => c.Item).ToHashSet();
        bool Done(ChecklistItem item) => ticked.Contains(item.Key) && EvidenceMissing(item, documents) is null
            && (item.Kind != ChecklistItemKind.FaceToFace || checks.Any(c => c.Item == item.Key && c.MetOn is not null));
        var missing = new List<string>();
        var signatures = items.Count(i => i.Kind == ChecklistItemKind.Signature && Done(i));
        var needed = SignaturesNeeded(application);
        if (signatures < needed)
        {
            missing.Add(application.JointlyAuthorised
                ? $"Handtekeningen van een meerderheid van de wettelijk vertegenwoordigers ({signatures} van de {needed} nodig)"
                : "Handtekening van een wettelijk vertegenwoordiger op het contract");
        }
        missing.AddRange(items.Where(i => i.Kind != ChecklistItemKind.Signature && !Done(i)).Select(i => i.Label));
        return missing;
    }
}
