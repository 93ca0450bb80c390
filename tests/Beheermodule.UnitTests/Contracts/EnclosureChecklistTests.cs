using Beheermodule.Core.Contracts;
using Beheermodule.Core.Levels;

namespace Beheermodule.UnitTests.Contracts;

/// <summary>The contract's enclosures follow the level's evidence, for every person who gets a means.</summary>
public sealed class EnclosureChecklistTests
{
    private static readonly string[] Holders = ["A. Jansen (gebruiker)", "D. Duck (machtigingenbeheerder, eigen middel)"];

    [Fact]
    public void Eh2_needs_only_the_signed_contract()
    {
        Assert.Equal([EnclosureChecklist.SignedContract], EnclosureChecklist.For(AssuranceLevel.EH2, Holders));
    }

    [Fact]
    public void Eh2_plus_adds_a_copy_of_the_id_document_of_everyone_who_gets_a_means()
    {
        Assert.Equal(
            [
                EnclosureChecklist.SignedContract,
                "Een kopie van een geldig identiteitsbewijs (paspoort, identiteitskaart of rijbewijs) van A. Jansen (gebruiker) en D. Duck (machtigingenbeheerder, eigen middel)",
            ],
            EnclosureChecklist.For(AssuranceLevel.EH2Plus, Holders));
    }

    [Fact]
    public void Eh3_adds_the_appointment_for_the_face_to_face_check()
    {
        Assert.Equal(
            [EnclosureChecklist.SignedContract, EnclosureChecklist.IdDocumentCopies(Holders), EnclosureChecklist.FaceToFaceAppointment(Holders)],
            EnclosureChecklist.For(AssuranceLevel.EH3, Holders));
    }

    [Fact]
    public void Eh4_adds_the_pkioverheid_certificate_details()
    {
        Assert.Equal(
            [
                EnclosureChecklist.SignedContract,
                EnclosureChecklist.IdDocumentCopies(Holders),
                EnclosureChecklist.FaceToFaceAppointment(Holders),
                EnclosureChecklist.PkiCertificateDetails(Holders),
            ],
            EnclosureChecklist.For(AssuranceLevel.EH4, Holders));
    }

    [Fact]
    public void Eh1_has_no_contract_and_so_no_checklist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnclosureChecklist.For(AssuranceLevel.EH1, Holders));
    }
}
