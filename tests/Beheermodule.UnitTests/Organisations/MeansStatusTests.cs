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
}
