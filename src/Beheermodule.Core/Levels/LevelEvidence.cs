namespace Beheermodule.Core.Levels;

public enum EvidenceKind
{
    /// <summary>The contract signed by the legal representative(s) who may act for the company.</summary>
    SignedContract,

    /// <summary>A copy of the person's identity document, uploaded and assigned to them.</summary>
    IdDocumentCopy,

    /// <summary>The record of the face-to-face identity check: where, when, by whom, which document.</summary>
    FaceToFaceCheck,

    /// <summary>The person's PKIoverheid certificate, registered as the means at activation.</summary>
    PkiCertificate,
}

/// <summary>
/// What makes a level true (docs/domain.md, levels): the evidence every person who gets a means, or a higher
/// level, must have. Each level adds to the one below. The one rule the checklist, the contract's enclosures, the
/// status page, approval and activation read.
/// </summary>
public static class LevelEvidence
{
    public static bool NeedsSignedContract(AssuranceLevel level) => level.NeedsContract();

    /// <summary>The evidence each holder needs at <paramref name="level"/>, in the order it is gathered.</summary>
    public static IReadOnlyList<EvidenceKind> PerHolder(AssuranceLevel level)
    {
        var evidence = new List<EvidenceKind>();
        if (level.NeedsIdDocumentCopy())
        {
            evidence.Add(EvidenceKind.IdDocumentCopy);
        }
        if (level.NeedsFaceToFaceCheck())
        {
            evidence.Add(EvidenceKind.FaceToFaceCheck);
        }
        if (level.NeedsPkiCertificate())
        {
            evidence.Add(EvidenceKind.PkiCertificate);
        }
        return evidence;
    }
}
