using Beheermodule.Core.Audit;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.Core.Mutations;

/// <summary>Rule 12: a means on a vestigingsnummer moves to the KvK number alone, if the register shows one vestiging.</summary>
public sealed class BranchConversion(IKvkRegistry registry, AuditLog audit) : IMutationHandler
{
    public MutationKind Kind => MutationKind.BranchToMainBranch;

    /// <summary>Asks the KvK register now; the staff page shows the answer before anyone presses a button.</summary>
    public async Task<BranchConversionCheck> CheckAsync(string kvkNumber, CancellationToken cancellationToken = default) =>
        BranchConversionRule.Check(kvkNumber, await registry.LookupAsync(KvkNumber.Parse(kvkNumber), cancellationToken));

    public async Task<MutationResult> CarryOutAsync(Mutation mutation, DateTime now, AuditActor actor, CancellationToken cancellationToken)
    {
        var means = mutation.Means!;
        if (means.Status == MeansStatus.Ended)
        {
            return MutationResult.Refused("Dit middel is beëindigd: omzetten kan niet meer.");
        }
        if (means.BranchNumber is not { } branchNumber)
        {
            return MutationResult.Refused("Dit middel staat al op het KvK-nummer zonder vestiging; er valt niets om te zetten.");
        }
        var kvkNumber = means.Organisation.KvkNumber;
        var check = await CheckAsync(kvkNumber, cancellationToken);
        if (!check.Allowed)
        {
            audit.Record(actor, "means.branch-conversion", AuditOutcome.Refused, means.ApplicationId, kvkNumber: kvkNumber,
                details: $"{mutation.Reference}: {(check.BranchCount is { } count ? $"{count} vestigingen in het KvK-register" : check.Verdict.ToString())}.");
            return MutationResult.Refused(check.Message!);
        }
        means.BranchNumber = null;
        audit.Record(actor, "means.branch-converted", AuditOutcome.Success, means.ApplicationId, kvkNumber: kvkNumber,
            details: $"{mutation.Reference}: middel {means.Id} van vestiging {branchNumber} naar KvK-nummer {kvkNumber}.");
        return MutationResult.Done($"Het middel van {means.HolderName} staat nu op KvK-nummer {kvkNumber} in plaats van op vestiging {branchNumber}.");
    }
}
