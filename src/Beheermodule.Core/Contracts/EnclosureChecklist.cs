using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Contracts;

/// <summary>
/// What the applicant posts together with the contract: the evidence of the level (<see cref="LevelEvidence"/>),
/// naming every person who gets a means, beheerders with a means of their own included.
/// </summary>
public static class EnclosureChecklist
{
    public const string SignedContract =
        "Dit contract, volledig ingevuld en ondertekend door de wettelijk vertegenwoordiger(s)";

    public static string IdDocumentCopies(IReadOnlyList<string> holders) =>
        $"Een kopie van een geldig identiteitsbewijs (paspoort, identiteitskaart of rijbewijs) van {Names(holders)}";

    public static string FaceToFaceAppointment(IReadOnlyList<string> holders) =>
        $"De bevestiging van de afspraak voor de persoonlijke identiteitscontrole (plaats, datum en tijd) van {Names(holders)}";

    public static string PkiCertificateDetails(IReadOnlyList<string> holders) =>
        $"De gegevens van het persoonlijke PKIoverheid-certificaat (uitgever, serienummer en geldigheidsduur) van {Names(holders)}";

    public static IReadOnlyList<string> For(AssuranceLevel level, IReadOnlyList<string> holders)
    {
        if (!LevelEvidence.NeedsSignedContract(level))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "EH1 is completed online and has no contract.");
        }

        List<string> lines = [SignedContract];
        foreach (var evidence in LevelEvidence.PerHolder(level))
        {
            lines.Add(evidence switch
            {
                EvidenceKind.IdDocumentCopy => IdDocumentCopies(holders),
                EvidenceKind.FaceToFaceCheck => FaceToFaceAppointment(holders),
                EvidenceKind.PkiCertificate => PkiCertificateDetails(holders),
                _ => throw new ArgumentOutOfRangeException(nameof(level), evidence, "No enclosure for this evidence."),
            });
        }
        return lines;
    }

    /// <summary>"A. Jansen", "A. Jansen en B. Bakker", "A. Jansen, B. Bakker en C. Visser".</summary>
    private static string Names(IReadOnlyList<string> holders) => holders.Count switch
    {
        0 => "iedere gebruiker",
        1 => holders[0],
        _ => string.Join(", ", holders.Take(holders.Count - 1)) + " en " + holders[^1],
    };
}
