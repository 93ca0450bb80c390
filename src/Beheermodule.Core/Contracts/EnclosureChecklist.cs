using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Contracts;

/// <summary>What the applicant posts together with the contract; each level adds to the one below (rule 2).</summary>
public static class EnclosureChecklist
{
    public const string SignedContract =
        "Dit contract, volledig ingevuld en ondertekend door de wettelijk vertegenwoordiger(s)";

    public const string IdDocumentCopies =
        "Een kopie van een geldig identiteitsbewijs (paspoort, identiteitskaart of rijbewijs) van iedere gebruiker";

    public const string FaceToFaceAppointment =
        "De bevestiging van de afspraak voor de persoonlijke identiteitscontrole van iedere gebruiker (plaats, datum en tijd)";

    public const string PkiCertificateDetails =
        "Per gebruiker de gegevens van het persoonlijke PKIoverheid-certificaat (uitgever, serienummer en geldigheidsduur)";

    public static IReadOnlyList<string> For(AssuranceLevel level)
    {
        if (!level.NeedsContract())
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "EH1 is completed online and has no contract.");
        }

        List<string> lines = [SignedContract];
        if (level.NeedsIdDocumentCopy())
        {
            lines.Add(IdDocumentCopies);
        }
        if (level.NeedsFaceToFaceCheck())
        {
            lines.Add(FaceToFaceAppointment);
        }
        if (level.NeedsPkiCertificate())
        {
            lines.Add(PkiCertificateDetails);
        }
        return lines;
    }
}
