using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;

namespace Beheermodule.UnitTests.Organisations;

public sealed class MeansStatusTests
{
    [Theory]
    [InlineData(MeansStatus.AwaitingActivation, "Wacht op activering")]
    [InlineData(MeansStatus.Active, "Actief")]
    [InlineData(MeansStatus.Suspended, "Opgeschort")]
    [InlineData(MeansStatus.Ended, "Beëindigd")]
    public void Every_state_has_its_dutch_name(MeansStatus status, string name) => Assert.Equal(name, status.DisplayName());

    [Fact]
    public void Every_state_is_named() =>
        Assert.All(Enum.GetValues<MeansStatus>(), status => Assert.False(string.IsNullOrWhiteSpace(status.DisplayName())));

    [Fact]
    public void A_means_being_upgraded_says_to_which_level()
    {
        var means = new Means { Status = MeansStatus.Suspended, Level = AssuranceLevel.EH2, PendingLevel = AssuranceLevel.EH3 };

        Assert.Equal("Opgeschort, wordt opgewaardeerd naar EH3", means.StateDisplayName);
        Assert.Equal("Actief", new Means { Status = MeansStatus.Active }.StateDisplayName);
    }
}
