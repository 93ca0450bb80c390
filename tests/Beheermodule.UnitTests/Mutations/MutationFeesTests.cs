using Beheermodule.Core.Mutations;
using Beheermodule.Core.Registration;

namespace Beheermodule.UnitTests.Mutations;

public class MutationFeesTests
{
    [Fact]
    public void EveryKind_HasItsOwnSetting()
    {
        var fees = new FeeOptions { NewActivationLetter = 1m, BranchConversion = 2m, NewKvkNumber = 3m, EndMeans = 4m, BankAccount = 5m };

        Assert.Equal(1m, fees.For(MutationKind.NewActivationLetter));
        Assert.Equal(2m, fees.For(MutationKind.BranchToMainBranch));
        Assert.Equal(3m, fees.For(MutationKind.NewKvkNumber));
        Assert.Equal(4m, fees.For(MutationKind.EndMeans));
        Assert.Equal(5m, fees.For(MutationKind.BankAccount));
    }

    [Fact]
    public void Defaults_ChargeOnlyTheBranchConversion()
    {
        var fees = new FeeOptions();

        Assert.Equal(10m, fees.For(MutationKind.BranchToMainBranch));
        Assert.All(Enum.GetValues<MutationKind>().Where(k => k != MutationKind.BranchToMainBranch), k => Assert.Equal(0m, fees.For(k)));
    }
}
