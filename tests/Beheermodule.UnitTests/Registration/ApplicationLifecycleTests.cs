using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;

namespace Beheermodule.UnitTests.Registration;

/// <summary>domain.md, Lifecycles, Application: every drawn transition works, every other one is refused.</summary>
public class ApplicationLifecycleTests
{
    private static readonly DateTime SubmittedAt = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime MovedAt = new(2026, 11, 24, 14, 30, 0, DateTimeKind.Utc);

    /// <summary>The transitions drawn in domain.md (written out here, not taken from the code).</summary>
    private static readonly HashSet<(ApplicationStatus From, ApplicationStatus To)> Drawn =
    [
        // EH1: Wacht op bevestiging -> Goedgekeurd, or Verlopen after 7 days.
        (ApplicationStatus.AwaitingConfirmation, ApplicationStatus.Approved),
        (ApplicationStatus.AwaitingConfirmation, ApplicationStatus.Expired),
        // EH2 and up: Wacht op contract -> Te beoordelen (contract received).
        (ApplicationStatus.AwaitingContract, ApplicationStatus.UnderReview),
        // Te beoordelen <-> Onvolledig, and from review to Goedgekeurd or Afgewezen.
        (ApplicationStatus.UnderReview, ApplicationStatus.Incomplete),
        (ApplicationStatus.Incomplete, ApplicationStatus.UnderReview),
        (ApplicationStatus.UnderReview, ApplicationStatus.Approved),
        (ApplicationStatus.UnderReview, ApplicationStatus.Rejected),
        (ApplicationStatus.Incomplete, ApplicationStatus.Approved),
        (ApplicationStatus.Incomplete, ApplicationStatus.Rejected),
        // Goedgekeurd -> Afgerond once every letter has been printed (EH1: every code e-mailed).
        (ApplicationStatus.Approved, ApplicationStatus.Completed),
    ];

    public static TheoryData<ApplicationStatus, ApplicationStatus> AllowedPairs() => Pairs(drawn: true);

    public static TheoryData<ApplicationStatus, ApplicationStatus> RefusedPairs() => Pairs(drawn: false);

    private static TheoryData<ApplicationStatus, ApplicationStatus> Pairs(bool drawn)
    {
        var data = new TheoryData<ApplicationStatus, ApplicationStatus>();
        foreach (var from in Enum.GetValues<ApplicationStatus>())
        {
            foreach (var to in Enum.GetValues<ApplicationStatus>())
            {
                if (Drawn.Contains((from, to)) == drawn)
                {
                    data.Add(from, to);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    public void MoveTo_DrawnTransition_MovesAndRecordsStatusChangeWithTime(ApplicationStatus from, ApplicationStatus to)
    {
        var application = TestApplications.In(from, SubmittedAt);
        var changesBefore = application.StatusChanges.Count;
        var versionBefore = application.Version;

        application.MoveTo(to, MovedAt, "notitie");

        Assert.Equal(to, application.Status);
        Assert.Equal(MovedAt, application.UpdatedAt);
        Assert.NotEqual(versionBefore, application.Version);
        Assert.Equal(changesBefore + 1, application.StatusChanges.Count);
        var change = application.StatusChanges[^1];
        Assert.Equal(to, change.Status);
        Assert.Equal(MovedAt, change.At);
        Assert.Equal("notitie", change.Note);
    }

    [Theory]
    [MemberData(nameof(RefusedPairs))]
    public void MoveTo_TransitionNotDrawn_ThrowsAndChangesNothing(ApplicationStatus from, ApplicationStatus to)
    {
        var application = TestApplications.In(from, SubmittedAt);
        var changesBefore = application.StatusChanges.Count;
        var versionBefore = application.Version;
        var updatedBefore = application.UpdatedAt;

        var exception = Assert.Throws<InvalidApplicationTransitionException>(() => application.MoveTo(to, MovedAt));

        Assert.Contains(from.ToString(), exception.Message);
        Assert.Contains(to.ToString(), exception.Message);
        Assert.Contains(application.Reference, exception.Message);
        Assert.Equal(from, application.Status);
        Assert.Equal(changesBefore, application.StatusChanges.Count);
        Assert.Equal(versionBefore, application.Version);
        Assert.Equal(updatedBefore, application.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(AllowedPairs))]
    [MemberData(nameof(RefusedPairs))]
    public void CanMoveTo_EveryPair_MatchesDomainLifecycle(ApplicationStatus from, ApplicationStatus to)
    {
        Assert.Equal(Drawn.Contains((from, to)), from.CanMoveTo(to));
    }

    [Theory]
    [InlineData(ApplicationStatus.AwaitingConfirmation, false)]
    [InlineData(ApplicationStatus.AwaitingContract, false)]
    [InlineData(ApplicationStatus.UnderReview, false)]
    [InlineData(ApplicationStatus.Incomplete, false)]
    [InlineData(ApplicationStatus.Approved, false)]
    [InlineData(ApplicationStatus.Completed, true)]
    [InlineData(ApplicationStatus.Rejected, true)]
    [InlineData(ApplicationStatus.Expired, true)]
    public void IsFinal_Status_TrueOnlyWithoutOutgoingTransition(ApplicationStatus status, bool expected)
    {
        Assert.Equal(expected, status.IsFinal());
        Assert.Equal(expected, !Drawn.Any(t => t.From == status));
    }

    public static TheoryData<ApplicationStatus> EveryStatus() => new(Enum.GetValues<ApplicationStatus>());

    [Theory]
    [MemberData(nameof(EveryStatus))]
    public void MoveTo_BeforeSubmit_ThrowsInvalidApplicationTransition(ApplicationStatus to)
    {
        // A draft only leaves the wizard by Submit; no other transition out of it is drawn.
        var application = new Application { Reference = "EH-2026-000001", Level = AssuranceLevel.EH2 };

        Assert.Throws<InvalidApplicationTransitionException>(() => application.MoveTo(to, MovedAt));
        Assert.Empty(application.StatusChanges);
    }

    [Theory]
    [InlineData(AssuranceLevel.EH1, ApplicationStatus.AwaitingConfirmation)]
    [InlineData(AssuranceLevel.EH2, ApplicationStatus.AwaitingContract)]
    [InlineData(AssuranceLevel.EH2Plus, ApplicationStatus.AwaitingContract)]
    [InlineData(AssuranceLevel.EH3, ApplicationStatus.AwaitingContract)]
    [InlineData(AssuranceLevel.EH4, ApplicationStatus.AwaitingContract)]
    public void Submit_Level_SetsFirstStateAndRecordsIt(AssuranceLevel level, ApplicationStatus expected)
    {
        var application = new Application { Reference = "EH-2026-000001", Level = level };
        var versionBefore = application.Version;

        application.Submit(SubmittedAt);

        Assert.Equal(expected, application.Status);
        Assert.Equal(SubmittedAt, application.SubmittedAt);
        Assert.Equal(SubmittedAt, application.UpdatedAt);
        Assert.NotEqual(versionBefore, application.Version);
        var change = Assert.Single(application.StatusChanges);
        Assert.Equal(expected, change.Status);
        Assert.Equal(SubmittedAt, change.At);
    }

    [Theory]
    [InlineData(AssuranceLevel.EH1)]
    [InlineData(AssuranceLevel.EH3)]
    public void Submit_Twice_ThrowsAndKeepsFirstSubmission(AssuranceLevel level)
    {
        var application = new Application { Reference = "EH-2026-000001", Level = level };
        application.Submit(SubmittedAt);
        var status = application.Status;
        var version = application.Version;

        var exception = Assert.Throws<InvalidOperationException>(() => application.Submit(MovedAt));

        Assert.Contains("EH-2026-000001", exception.Message);
        Assert.Equal(status, application.Status);
        Assert.Equal(SubmittedAt, application.SubmittedAt);
        Assert.Equal(version, application.Version);
        Assert.Single(application.StatusChanges);
    }

    [Fact]
    public void Submit_AfterMoving_Throws()
    {
        var application = TestApplications.In(ApplicationStatus.UnderReview, SubmittedAt);

        Assert.Throws<InvalidOperationException>(() => application.Submit(MovedAt));
        Assert.Equal(ApplicationStatus.UnderReview, application.Status);
    }

    [Fact]
    public void MoveTo_EveryStepOfAPath_ChangesVersionEachTime()
    {
        var application = new Application { Reference = "EH-2026-000002", Level = AssuranceLevel.EH3 };
        var versions = new List<Guid> { application.Version };
        application.Submit(SubmittedAt);
        versions.Add(application.Version);
        ApplicationStatus[] path =
        [
            ApplicationStatus.UnderReview, ApplicationStatus.Incomplete, ApplicationStatus.UnderReview,
            ApplicationStatus.Incomplete, ApplicationStatus.UnderReview, ApplicationStatus.Approved, ApplicationStatus.Completed,
        ];

        for (var i = 0; i < path.Length; i++)
        {
            application.MoveTo(path[i], SubmittedAt.AddHours(i + 1));
            versions.Add(application.Version);
        }

        Assert.Equal(versions.Count, versions.Distinct().Count());
        Assert.Equal(path.Length + 1, application.StatusChanges.Count);
        Assert.Equal(path, application.StatusChanges.Skip(1).Select(c => c.Status));
        Assert.Equal(path.Select((_, i) => SubmittedAt.AddHours(i + 1)), application.StatusChanges.Skip(1).Select(c => c.At));
    }

    [Fact]
    public void MoveTo_Eh1Path_ConfirmApproveComplete()
    {
        var application = new Application { Reference = "EH-2026-000003", Level = AssuranceLevel.EH1 };
        application.Submit(SubmittedAt);

        application.MoveTo(ApplicationStatus.Approved, SubmittedAt.AddDays(1));
        application.MoveTo(ApplicationStatus.Completed, SubmittedAt.AddDays(2));

        Assert.Equal(
            new[] { ApplicationStatus.AwaitingConfirmation, ApplicationStatus.Approved, ApplicationStatus.Completed },
            application.StatusChanges.Select(c => c.Status));
    }
}

/// <summary>Applications brought to a given status along drawn transitions only.</summary>
internal static class TestApplications
{
    public static Application In(ApplicationStatus status, DateTime submittedAt, AssuranceLevel? level = null, bool jointlyAuthorised = false)
    {
        var (defaultLevel, path) = status switch
        {
            ApplicationStatus.AwaitingConfirmation => (AssuranceLevel.EH1, Array.Empty<ApplicationStatus>()),
            ApplicationStatus.Expired => (AssuranceLevel.EH1, [ApplicationStatus.Expired]),
            ApplicationStatus.AwaitingContract => (AssuranceLevel.EH2, []),
            ApplicationStatus.UnderReview => (AssuranceLevel.EH2, [ApplicationStatus.UnderReview]),
            ApplicationStatus.Incomplete => (AssuranceLevel.EH2, [ApplicationStatus.UnderReview, ApplicationStatus.Incomplete]),
            ApplicationStatus.Approved => (AssuranceLevel.EH2, [ApplicationStatus.UnderReview, ApplicationStatus.Approved]),
            ApplicationStatus.Completed => (AssuranceLevel.EH2, [ApplicationStatus.UnderReview, ApplicationStatus.Approved, ApplicationStatus.Completed]),
            ApplicationStatus.Rejected => (AssuranceLevel.EH2, [ApplicationStatus.UnderReview, ApplicationStatus.Rejected]),
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        };
        var chosen = level ?? defaultLevel;
        if (chosen.NeedsContract() != defaultLevel.NeedsContract())
        {
            // EH1 approval skips the contract states.
            path = status == ApplicationStatus.Approved ? [ApplicationStatus.Approved]
                : status == ApplicationStatus.Completed ? [ApplicationStatus.Approved, ApplicationStatus.Completed]
                : throw new ArgumentException($"{status} cannot be reached at {chosen}.", nameof(level));
        }
        var application = new Application
        {
            Reference = "EH-2026-000042",
            Level = chosen,
            JointlyAuthorised = jointlyAuthorised,
            OrganisationName = "Test BV Donald",
            KvkNumber = "68750110",
        };
        application.Submit(submittedAt);
        for (var i = 0; i < path.Length; i++)
        {
            application.MoveTo(path[i], submittedAt.AddHours(i + 1));
        }
        if (application.Status != status)
        {
            throw new InvalidOperationException($"Test set-up reached {application.Status}, not {status}.");
        }
        return application;
    }
}
