using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Core.Upgrades;

namespace Beheermodule.UnitTests.Upgrades;

public sealed class UpgradeRuleTests
{
    private static readonly Organisation Company = new()
    {
        Id = 1, KvkNumber = "69599084", Name = "Test EMZ Dagobert", Street = "Kalverstraat", HouseNumber = "92", PostalCode = "1012 PH", City = "Amsterdam",
    };

    private static Means ExistingMeans(int id = 10, string email = "j.jansen@example.nl", string? branch = "000038509504") => new()
    {
        Id = id, Organisation = Company, OrganisationId = Company.Id, BranchNumber = branch, Level = AssuranceLevel.EH2, Status = MeansStatus.Active,
        HolderInitials = "J.A.", HolderSurname = "Jansen", HolderEmail = email,
    };

    private static OrganisationStep Typed(Action<OrganisationStep>? change = null)
    {
        var step = new OrganisationStep
        {
            KvkNumber = "69599084", RegisterOnBranch = true, BranchNumber = "000038509504", Name = "Test EMZ Dagobert",
            Street = "Kalverstraat", HouseNumber = "92", PostalCode = "1012 PH", City = "Amsterdam",
        };
        change?.Invoke(step);
        return step;
    }

    private static UserInput User(Action<UserInput>? change = null)
    {
        var user = new UserInput { Initials = "j a", Surname = "Jansen", Email = " J.Jansen@Example.nl ", Phone = "0612345678", DateOfBirth = "1980-01-01" };
        change?.Invoke(user);
        return user;
    }

    [Fact]
    public void EverythingTheSame_IsAnUpgrade_AfterTheWizardsCleanUpAndWithoutRegardToCapitalsInTheEmailAddress()
    {
        var match = UpgradeRule.Match(Typed(), User(), [ExistingMeans()]);

        Assert.True(match.IsUpgrade);
        Assert.Equal(10, match.Means!.Id);
        Assert.Equal("komt overeen: opwaardering van uw middel", match.Describe());
    }

    public static TheoryData<string, Action<OrganisationStep>?, Action<UserInput>?> EachDifference() => new()
    {
        { UpgradeRule.KvkNumber, s => s.KvkNumber = "68750110", null },
        { UpgradeRule.BranchNumber, s => s.BranchNumber = "000038509520", null },
        { UpgradeRule.BranchNumber, s => s.RegisterOnBranch = false, null },
        { UpgradeRule.OrganisationName, s => s.Name = "Test EMZ Dagobert B.V.", null },
        { UpgradeRule.Address, s => s.HouseNumber = "92a", null },
        { UpgradeRule.Address, s => s.PostalCode = "1012 PJ", null },
        { UpgradeRule.Address, s => s.City = "Den Haag", null },
        { UpgradeRule.Address, s => s.Street = "Kalverstr.", null },
        { UpgradeRule.HolderName, null, u => u.Initials = "J." },
        { UpgradeRule.HolderName, null, u => u.Surname = "Janssen" },
        { UpgradeRule.Email, null, u => u.Email = "jan.jansen@example.nl" },
    };

    [Theory]
    [MemberData(nameof(EachDifference))]
    public void AnyDifference_MakesItANewMeans_AndIsNamed(string field, Action<OrganisationStep>? organisation, Action<UserInput>? user)
    {
        var match = UpgradeRule.Match(Typed(organisation), User(user), [ExistingMeans()]);

        Assert.False(match.IsUpgrade);
        Assert.Equal([field], match.Differences);
        Assert.Equal($"wijkt af: {field}, dus een nieuw middel", match.Describe());
    }

    [Fact]
    public void OfSeveralMeans_TheExactOneIsChosen_AndOtherwiseTheNearest()
    {
        var other = ExistingMeans(id: 11, email: "p.pietersen@example.nl");
        var own = ExistingMeans(id: 12);

        Assert.Equal(12, UpgradeRule.Match(Typed(), User(), [other, own]).Means!.Id);

        var typo = UpgradeRule.Match(Typed(), User(u => u.Surname = "Jansen-de Wit"), [other, own]);
        Assert.Equal(12, typo.Means!.Id);
        Assert.Equal([UpgradeRule.HolderName], typo.Differences);
    }

    [Fact]
    public void SomeoneElse_NeitherNameNorEmailAddressShared_IsANewMeans_NotADeviation()
    {
        var match = UpgradeRule.Match(Typed(), User(u => { u.Surname = "Pietersen"; u.Email = "p.pietersen@example.nl"; }), [ExistingMeans()]);

        Assert.Null(match.Means);
        Assert.Equal("geen bestaand middel gevonden, dus een nieuw middel", match.Describe());
    }

    [Fact]
    public void WithoutExistingMeans_ItIsSimplyANewMeans()
    {
        var match = UpgradeRule.Match(Typed(), User(), []);

        Assert.False(match.IsUpgrade);
        Assert.Equal("geen bestaand middel gevonden, dus een nieuw middel", match.Describe());
    }
}
