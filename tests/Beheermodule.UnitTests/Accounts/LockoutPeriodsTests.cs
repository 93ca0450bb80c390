using Beheermodule.Core.Accounts;

namespace Beheermodule.UnitTests.Accounts;

public sealed class LockoutPeriodsTests
{
    [Theory]
    [InlineData(0, 5)]
    [InlineData(1, 10)]
    [InlineData(2, 20)]
    [InlineData(3, 40)]
    [InlineData(8, 1280)]
    public void EachLockoutInARow_LastsTwiceAsLong(int earlierLockouts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), LockoutPeriods.For(TimeSpan.FromMinutes(5), earlierLockouts));

    [Theory]
    [InlineData(9)]
    [InlineData(50)]
    [InlineData(int.MaxValue)]
    public void NoLockout_LastsMoreThanADay(int earlierLockouts) =>
        Assert.Equal(TimeSpan.FromHours(24), LockoutPeriods.For(TimeSpan.FromMinutes(5), earlierLockouts));
}
