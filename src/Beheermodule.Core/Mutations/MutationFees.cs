using Beheermodule.Core.Registration;

namespace Beheermodule.Core.Mutations;

public static class MutationFees
{
    /// <summary>The fee for carrying out a mutation of this kind, excluding VAT.</summary>
    public static decimal For(this FeeOptions fees, MutationKind kind) => kind switch
    {
        MutationKind.NewActivationLetter => fees.NewActivationLetter,
        MutationKind.BranchToMainBranch => fees.BranchConversion,
        MutationKind.NewKvkNumber => fees.NewKvkNumber,
        MutationKind.EndMeans => fees.EndMeans,
        MutationKind.BankAccount => fees.BankAccount,
        MutationKind.HolderDetails => fees.HolderDetails,
        MutationKind.AuthorizationChange => fees.AuthorizationChange,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
