using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Registration;
using Microsoft.Extensions.Options;

namespace Beheermodule.UnitTests.Backoffice;

public sealed class RushDeadlineTests
{
    private static RushDeadline Calendar(string cutOff = "15:00") =>
        new(Options.Create(new BackofficeOptions { RushCutOff = cutOff, TimeZone = "Europe/Amsterdam" }));

    [Fact]
    public void Weekday_DeadlineIsTheCutOffThatDay_InDutchTime()
    {
        // 23 November 2026 is a Monday; Amsterdam is UTC+1 in winter.
        Assert.Equal(new DateTime(2026, 11, 23, 14, 0, 0, DateTimeKind.Utc), Calendar().For(new DateOnly(2026, 11, 23)));
    }

    [Fact]
    public void SummerTime_IsTakenIntoAccount()
    {
        Assert.Equal(new DateTime(2026, 6, 1, 13, 0, 0, DateTimeKind.Utc), Calendar().For(new DateOnly(2026, 6, 1)));
    }

    [Theory]
    [InlineData(28)]
    [InlineData(29)]
    public void Weekend_MovesToMonday(int day)
    {
        Assert.Equal(new DateTime(2026, 11, 30, 14, 0, 0, DateTimeKind.Utc), Calendar().For(new DateOnly(2026, 11, day)));
    }

    [Fact]
    public void Overdue_OneSecondAfterTheCutOff_NotBefore()
    {
        var deadline = Calendar("12:30").For(new DateOnly(2026, 11, 24));
        Assert.False(Calendar("12:30").IsOverdue(new DateOnly(2026, 11, 24), ApplicationStatus.UnderReview, deadline));
        Assert.True(Calendar("12:30").IsOverdue(new DateOnly(2026, 11, 24), ApplicationStatus.UnderReview, deadline.AddSeconds(1)));
    }

    [Theory]
    [InlineData(ApplicationStatus.UnderReview, true)]
    [InlineData(ApplicationStatus.Incomplete, true)]
    [InlineData(ApplicationStatus.Approved, true)]
    [InlineData(ApplicationStatus.Completed, false)]
    [InlineData(ApplicationStatus.Rejected, false)]
    public void Overdue_OnlyWhileTheHelpdeskStillHasWorkOnIt(ApplicationStatus status, bool overdue)
    {
        var received = new DateOnly(2026, 11, 24);
        Assert.Equal(overdue, Calendar().IsOverdue(received, status, Calendar().For(received).AddDays(1)));
    }
}
