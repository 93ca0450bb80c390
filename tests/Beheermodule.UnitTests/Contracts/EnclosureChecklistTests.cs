using Beheermodule.Core.Contracts;
using Beheermodule.Core.Levels;

namespace Beheermodule.UnitTests.Contracts;

public sealed class EnclosureChecklistTests
{
    [Fact]
    public void Eh2_needs_only_the_signed_contract()
    {
        Assert.Equal([EnclosureChecklist.SignedContract], EnclosureChecklist.For(AssuranceLevel.EH2));
    }

    [Fact]
    public void Eh2_plus_adds_a_copy_of_each_users_id_document()
    {
        Assert.Equal(
            [EnclosureChecklist.SignedContract, EnclosureChecklist.IdDocumentCopies],
            EnclosureChecklist.For(AssuranceLevel.EH2Plus));
    }

    [Fact]
    public void Eh3_adds_the_appointment_for_the_face_to_face_check()
    {
        Assert.Equal(
            [EnclosureChecklist.SignedContract, EnclosureChecklist.IdDocumentCopies, EnclosureChecklist.FaceToFaceAppointment],
            EnclosureChecklist.For(AssuranceLevel.EH3));
    }

    [Fact]
    public void Eh4_adds_the_pkioverheid_certificate_details()
    {
        Assert.Equal(
            [
                EnclosureChecklist.SignedContract,
                EnclosureChecklist.IdDocumentCopies,
                EnclosureChecklist.FaceToFaceAppointment,
                EnclosureChecklist.PkiCertificateDetails,
            ],
            EnclosureChecklist.For(AssuranceLevel.EH4));
    }

    [Fact]
    public void Eh1_has_no_contract_and_so_no_checklist()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnclosureChecklist.For(AssuranceLevel.EH1));
    }
}
