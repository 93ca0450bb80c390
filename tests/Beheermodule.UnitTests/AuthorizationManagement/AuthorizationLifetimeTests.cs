using Beheermodule.Core.AuthorizationManagement.Lifetimes;
using Beheermodule.Core.Authorizations;

namespace Beheermodule.UnitTests.AuthorizationManagement;

public sealed class AuthorizationLifetimeTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private readonly AuthorizationLifetime _rules = new(new AuthorizationLifetimesOptions());

    private static Authorization Machtiging(DateOnly validUntil, AuthorizationStatus status = AuthorizationStatus.Active) =>
        new() { Status = status, ValidFrom = validUntil.AddYears(-3), ValidUntil = validUntil };

    [Fact]
    public void IsExpiredOn_TheEndDateItself_IsNot_TheDayAfter_Is()
    {
        var authorization = Machtiging(Today);
        Assert.False(AuthorizationLifetime.IsExpiredOn(authorization, Today));
        Assert.True(AuthorizationLifetime.IsExpiredOn(authorization, Today.AddDays(1)));
    }

    [Theory]
    [InlineData(AuthorizationStatus.Pending, true)]
    [InlineData(AuthorizationStatus.Active, true)]
    [InlineData(AuthorizationStatus.Revoked, false)]
    [InlineData(AuthorizationStatus.Lapsed, false)]
    public void IsExpiredOn_OnlyCurrentMachtigingen(AuthorizationStatus status, bool expected) =>
        Assert.Equal(expected, AuthorizationLifetime.IsExpiredOn(Machtiging(Today.AddDays(-1), status), Today));

    [Fact]
    public void HasLapsedOn_24MonthsUnused_Lapses_23MonthsDoesNot()
    {
        var authorization = Machtiging(Today.AddYears(2));
        Assert.True(_rules.HasLapsedOn(authorization, Today.AddMonths(-24), Today));
        Assert.False(_rules.HasLapsedOn(authorization, Today.AddMonths(-23), Today));
        Assert.False(_rules.HasLapsedOn(authorization, Today.AddMonths(-24).AddDays(1), Today));
    }

    [Fact]
    public void HasLapsedOn_APendingMachtiging_NeverLapses() =>
        Assert.False(_rules.HasLapsedOn(Machtiging(Today.AddYears(2), AuthorizationStatus.Pending), Today.AddYears(-5), Today));

    [Fact]
    public void LastActivityOn_LastUse_ElseTheLaterOfStartAndActivation()
    {
        var authorization = new Authorization { ValidFrom = new DateOnly(2024, 1, 1) };
        Assert.Equal(new DateOnly(2025, 6, 1), AuthorizationLifetime.LastActivityOn(authorization, new DateOnly(2025, 6, 1), new DateOnly(2024, 3, 1)));
        Assert.Equal(new DateOnly(2024, 3, 1), AuthorizationLifetime.LastActivityOn(authorization, null, new DateOnly(2024, 3, 1)));
        Assert.Equal(new DateOnly(2024, 1, 1), AuthorizationLifetime.LastActivityOn(authorization, null, new DateOnly(2023, 12, 1)));
        Assert.Equal(new DateOnly(2024, 1, 1), AuthorizationLifetime.LastActivityOn(authorization, null, null));
    }

    [Theory]
    [InlineData(61, null)]
    [InlineData(60, ExpiryReminder.First)]
    [InlineData(15, ExpiryReminder.First)]
    [InlineData(14, ExpiryReminder.Second)]
    [InlineData(0, ExpiryReminder.Second)]
    [InlineData(-1, null)]
    public void DueReminder_ByDaysLeft(int daysLeft, ExpiryReminder? expected) =>
        Assert.Equal(expected, _rules.DueReminder(Machtiging(Today.AddDays(daysLeft)), Today));

    [Fact]
    public void DueReminder_EachOnlyOnce()
    {
        var authorization = Machtiging(Today.AddDays(60));
        AuthorizationLifetime.MarkSent(authorization, ExpiryReminder.First, DateTime.UtcNow);
        Assert.Null(_rules.DueReminder(authorization, Today));
        Assert.Equal(ExpiryReminder.Second, _rules.DueReminder(authorization, Today.AddDays(46)));
        AuthorizationLifetime.MarkSent(authorization, ExpiryReminder.Second, DateTime.UtcNow);
        Assert.Null(_rules.DueReminder(authorization, Today.AddDays(50)));
    }

    [Fact]
    public void DueReminder_NoneForAnEndedMachtiging() =>
        Assert.Null(_rules.DueReminder(Machtiging(Today.AddDays(10), AuthorizationStatus.Revoked), Today));

    [Fact]
    public void End_RecordsWhenAndByWhat_AndChangesTheVersion()
    {
        var authorization = Machtiging(Today);
        var version = authorization.Version;
        var now = new DateTime(2026, 11, 24, 1, 0, 0, DateTimeKind.Utc);
        AuthorizationLifetime.End(authorization, AuthorizationStatus.Expired, now);
        Assert.Equal(AuthorizationStatus.Expired, authorization.Status);
        Assert.Equal(now, authorization.EndedAt);
        Assert.Equal(AuthorizationLifetimes.EndedBy, authorization.EndedBy);
        Assert.NotEqual(version, authorization.Version);
    }
}
