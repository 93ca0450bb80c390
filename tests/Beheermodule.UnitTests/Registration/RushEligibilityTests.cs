using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;

namespace Beheermodule.UnitTests.Registration;

/// <summary>Rule 14: rush for EH2 and EH2+ only (EH3: on request).</summary>
public class RushEligibilityTests
{
    [Theory]
    [InlineData(AssuranceLevel.EH1, RushAvailability.NotAvailable)]
    [InlineData(AssuranceLevel.EH2, RushAvailability.Available)]
    [InlineData(AssuranceLevel.EH2Plus, RushAvailability.Available)]
    [InlineData(AssuranceLevel.EH3, RushAvailability.OnRequest)]
    [InlineData(AssuranceLevel.EH4, RushAvailability.NotAvailable)]
    public void For_Level_ReturnsRule14Availability(AssuranceLevel level, RushAvailability expected)
    {
        Assert.Equal(expected, RushEligibility.For(level));
    }

    [Theory]
    [InlineData(AssuranceLevel.EH1, RushOption.None, true)]
    [InlineData(AssuranceLevel.EH1, RushOption.SameDay, false)]
    [InlineData(AssuranceLevel.EH1, RushOption.Courier, false)]
    [InlineData(AssuranceLevel.EH2, RushOption.None, true)]
    [InlineData(AssuranceLevel.EH2, RushOption.SameDay, true)]
    [InlineData(AssuranceLevel.EH2, RushOption.Courier, true)]
    [InlineData(AssuranceLevel.EH2Plus, RushOption.None, true)]
    [InlineData(AssuranceLevel.EH2Plus, RushOption.SameDay, true)]
    [InlineData(AssuranceLevel.EH2Plus, RushOption.Courier, true)]
    [InlineData(AssuranceLevel.EH3, RushOption.None, true)]
    [InlineData(AssuranceLevel.EH3, RushOption.SameDay, true)]
    [InlineData(AssuranceLevel.EH3, RushOption.Courier, true)]
    [InlineData(AssuranceLevel.EH4, RushOption.None, true)]
    [InlineData(AssuranceLevel.EH4, RushOption.SameDay, false)]
    [InlineData(AssuranceLevel.EH4, RushOption.Courier, false)]
    public void Allows_LevelAndOption_MatchesRule14(AssuranceLevel level, RushOption rush, bool expected)
    {
        Assert.Equal(expected, RushEligibility.Allows(level, rush));
    }

    [Fact]
    public void Allows_EveryLevelAndOption_IsCoveredByTheTable()
    {
        // Guards the table above: a new level or rush option must be added to it.
        Assert.Equal(5, Enum.GetValues<AssuranceLevel>().Length);
        Assert.Equal(3, Enum.GetValues<RushOption>().Length);
    }
}
