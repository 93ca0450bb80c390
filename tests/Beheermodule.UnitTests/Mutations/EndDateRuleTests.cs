using Beheermodule.Core.Mutations;

namespace Beheermodule.UnitTests.Mutations;

/// <summary>Opzeggen: today or later, never in the past; today ends now, a later day at its start (Dutch time).</summary>
public class EndDateRuleTests
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly DateOnly Today = new(2026, 11, 23);

    [Fact]
    public void Yesterday_IsRefused()
    {
        Assert.Equal(EndDateRule.PastMessage, EndDateRule.Error(Today.AddDays(-1), Today));
    }

    [Fact]
    public void TodayAndLater_AreAllowed()
    {
        Assert.Null(EndDateRule.Error(Today, Today));
        Assert.Null(EndDateRule.Error(Today.AddDays(1), Today));
        Assert.Null(EndDateRule.Error(Today.AddYears(1), Today));
    }

    [Fact]
    public void Today_EndsNow()
    {
        var now = new DateTime(2026, 11, 23, 14, 30, 0, DateTimeKind.Utc);

        Assert.Equal(now, EndDateRule.EndMoment(Today, now, Amsterdam));
    }

    [Fact]
    public void ALaterDay_EndsAtItsStartInDutchTime()
    {
        var now = new DateTime(2026, 11, 23, 14, 30, 0, DateTimeKind.Utc);

        // 1 December 00:00 in Amsterdam (UTC+1 in winter) is 30 November 23:00 UTC.
        Assert.Equal(new DateTime(2026, 11, 30, 23, 0, 0, DateTimeKind.Utc), EndDateRule.EndMoment(new DateOnly(2026, 12, 1), now, Amsterdam));
    }

    [Fact]
    public void ADayThatPassedWhileTheMutationWaited_EndsNow()
    {
        var now = new DateTime(2026, 11, 23, 14, 30, 0, DateTimeKind.Utc);

        Assert.Equal(now, EndDateRule.EndMoment(Today.AddDays(-2), now, Amsterdam));
    }
}
