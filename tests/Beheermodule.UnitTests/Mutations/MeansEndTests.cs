using Beheermodule.Core.Organisations;

namespace Beheermodule.UnitTests.Mutations;

/// <summary>A means with an end moment becomes Ended once that moment has come, not before.</summary>
public class MeansEndTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void EndAt_Now_EndsAtOnce()
    {
        var means = new Means { Status = MeansStatus.Active };

        means.EndAt(Now, Now);

        Assert.Equal(MeansStatus.Ended, means.Status);
        Assert.Equal(Now, means.EndsAt);
    }

    [Fact]
    public void EndAt_Later_WaitsUntilTheMomentHasCome()
    {
        var means = new Means { Status = MeansStatus.AwaitingActivation };
        var later = Now.AddDays(3);

        means.EndAt(later, Now);
        Assert.Equal(MeansStatus.AwaitingActivation, means.Status);
        Assert.False(means.EndIfDue(later.AddTicks(-1)));
        Assert.Equal(MeansStatus.AwaitingActivation, means.Status);

        Assert.True(means.EndIfDue(later));
        Assert.Equal(MeansStatus.Ended, means.Status);
        Assert.False(means.EndIfDue(later.AddDays(1)));
    }

    [Fact]
    public void EndIfDue_WithoutAnEndMoment_ChangesNothing()
    {
        var means = new Means { Status = MeansStatus.Active };

        Assert.False(means.EndIfDue(Now));
        Assert.Equal(MeansStatus.Active, means.Status);
    }

    [Fact]
    public void EndAt_AnEndedMeans_IsRefused()
    {
        var means = new Means { Status = MeansStatus.Ended };

        Assert.Throws<InvalidOperationException>(() => means.EndAt(Now, Now));
    }
}
