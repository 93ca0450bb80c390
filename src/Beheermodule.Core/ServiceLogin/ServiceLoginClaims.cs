using Beheermodule.Core.Levels;

namespace Beheermodule.Core.ServiceLogin;

/// <summary>The claim types a service receives, named as the afsprakenstelsel names its attributes.</summary>
public static class ServiceLoginClaims
{
    /// <summary>The legal subject: the KvK number the person acts for.</summary>
    public const string KvkNumber = "urn:etoegang:1.9:EntityConcernedID:KvKnr";

    /// <summary>Added to the legal subject when the means or the machtiging is bound to one vestiging.</summary>
    public const string BranchNumber = "urn:etoegang:1.9:EntityConcernedID:Vestigingsnr";

    /// <summary>The acting subject: a pseudonym stable per service, account and organisation (rule 15). Also the "sub".</summary>
    public const string ActingSubject = "urn:etoegang:core:ActingSubjectID";

    public const string ServiceUuid = "urn:etoegang:core:ServiceUUID";

    /// <summary>The level reached, in the standard "acr" claim.</summary>
    public const string Level = "acr";

    public static string LevelUrn(this AssuranceLevel level) => "urn:etoegang:core:assurance-class:" + level switch
    {
        AssuranceLevel.EH1 => "loa1",
        AssuranceLevel.EH2 => "loa2",
        AssuranceLevel.EH2Plus => "loa2plus",
        AssuranceLevel.EH3 => "loa3",
        AssuranceLevel.EH4 => "loa4",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
