using Beheermodule.Core.AuthorizationManagement.Lifetimes;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Organisations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>
/// The daily check of machtigingen with a fake clock: expiry, lapse, reminders to holder and beheerders, warnings of
/// expiring aanmeldcodes, its audit event, and the lease that makes it run once across instances. Each test has
/// its own application, so moving the clock never disturbs another test.
/// </summary>
public sealed class DailyCheckTests : IAsyncLifetime
{
    private readonly BeheermoduleFactory _factory = new();
    private LifetimesWorld _world = null!;

    public async Task InitializeAsync() => _world = await new LifetimesWorld(_factory).StartAsync();

    public Task DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task Machtiging_ExpiresTheDayAfterItsEndDate_NotOnTheDayItself()
    {
        var endDate = _world.Today.AddDays(100);
        var id = await _world.MachtigingAsync(await _world.MeansAsync("Jansen"), endDate);

        await _world.RunOnAsync(endDate);
        Assert.Equal(AuthorizationStatus.Active, (await _world.MachtigingAsync(id)).Status);

        var counts = await _world.RunOnAsync(endDate.AddDays(1));
        var expired = await _world.MachtigingAsync(id);
        Assert.Equal(AuthorizationStatus.Expired, expired.Status);
        Assert.Equal(AuthorizationLifetimes.EndedBy, expired.EndedBy);
        Assert.NotNull(expired.EndedAt);
        Assert.Equal(1, counts.Expired);
        Assert.Single(await _world.AuditAsync("authorization.expired"));
    }

    [Fact]
    public async Task Machtiging_Unused24Months_Lapses_UsedLessThan24MonthsAgo_StaysActive()
    {
        var means = await _world.MeansAsync("Jansen", activatedAt: _world.Now.AddYears(-4));
        var validFrom = _world.Today.AddYears(-4);
        var validUntil = _world.Today.AddYears(1);
        var usedLongAgo = await _world.MachtigingAsync(means, validUntil, validFrom: validFrom, lastUsedAt: _world.Now.AddMonths(-24));
        var usedRecently = await _world.MachtigingAsync(means, validUntil, validFrom: validFrom, lastUsedAt: _world.Now.AddMonths(-23));
        var neverUsed = await _world.MachtigingAsync(means, validUntil, validFrom: validFrom);
        var neverUsedButNew = await _world.MachtigingAsync(means, validUntil, validFrom: _world.Today.AddMonths(-23));

        var counts = await _world.RunOnAsync(_world.Today);

        Assert.Equal(AuthorizationStatus.Lapsed, (await _world.MachtigingAsync(usedLongAgo)).Status);
        Assert.Equal(AuthorizationStatus.Active, (await _world.MachtigingAsync(usedRecently)).Status);
        Assert.Equal(AuthorizationStatus.Lapsed, (await _world.MachtigingAsync(neverUsed)).Status);
        Assert.Equal(AuthorizationStatus.Active, (await _world.MachtigingAsync(neverUsedButNew)).Status);
        Assert.Equal(2, counts.Lapsed);
        Assert.Equal(2, (await _world.AuditAsync("authorization.lapsed")).Count);
    }

    [Fact]
    public async Task Reminders_60And14DaysAhead_GoOnceToHolderAndBeheerders_EvenWhenTheCheckRunsTwice()
    {
        await _world.BeheerderAsync("Beheer");
        var endDate = _world.Today.AddDays(60);
        var jansen = await _world.MachtigingAsync(await _world.MeansAsync("Jansen"), endDate);
        await _world.MachtigingAsync(await _world.MeansAsync("Pietersen"), endDate);
        await _world.MachtigingAsync(await _world.MeansAsync("Later"), endDate.AddDays(1));

        var first = await _world.RunOnAsync(_world.Today);
        await _world.RunOnAsync(_world.Today);
        await _world.RunOnAsync(_world.Today.AddDays(1));

        Assert.Equal(2, first.FirstReminders);
        var mail = await _factory.DeliveredMailAsync();
        Assert.Equal(["beheer@example.nl", "beheer@example.nl", "jansen@example.nl", "later@example.nl", "pietersen@example.nl"],
            mail.Select(m => m.To.Mailboxes.Single().Address).Order());
        var toBeheerder = mail.Where(m => m.To.Mailboxes.Single().Address == "beheer@example.nl").ToList();
        Assert.Equal(2, toBeheerder.Count);
        var aboutBoth = Assert.Single(toBeheerder, m => m.TextBody?.Contains("Jansen") == true);
        Assert.Contains("Pietersen", aboutBoth.TextBody);
        Assert.DoesNotContain("Pietersen", mail.Single(m => m.To.Mailboxes.Single().Address == "jansen@example.nl").TextBody);
        Assert.NotNull((await _world.MachtigingAsync(jansen)).Reminder60SentAt);

        var second = await _world.RunOnAsync(endDate.AddDays(-14));
        await _world.RunOnAsync(endDate.AddDays(-14));
        Assert.Equal(2, second.SecondReminders);
        var secondMail = (await _factory.DeliveredMailAsync()).Where(m => m.TextBody?.Contains("nog 14 dagen") == true).ToList();
        Assert.Equal(["beheer@example.nl", "jansen@example.nl", "pietersen@example.nl"], secondMail.Select(m => m.To.Mailboxes.Single().Address).Order());
    }

    [Fact]
    public async Task RenewedMachtiging_GetsNewRemindersBeforeItsNewEndDate()
    {
        var endDate = _world.Today.AddDays(14);
        var id = await _world.MachtigingAsync(await _world.MeansAsync("Jansen"), endDate);
        await _world.RunOnAsync(_world.Today);
        Assert.Single(await _factory.DeliveredMailAsync());

        var newEndDate = endDate.AddYears(1);
        await _factory.WithDbAsync(async db =>
        {
            var authorization = await db.Authorizations.SingleAsync(a => a.Id == id);
            authorization.ValidUntil = newEndDate;
            authorization.Reminder60SentAt = null;
            authorization.Reminder14SentAt = null;
            authorization.Touch();
            return await db.SaveChangesAsync();
        });
        await _world.RunOnAsync(_world.Today.AddDays(1));
        Assert.Single(await _factory.DeliveredMailAsync());

        var counts = await _world.RunOnAsync(newEndDate.AddDays(-60));
        Assert.Equal(1, counts.FirstReminders);
        var mail = await _factory.DeliveredMailAsync();
        Assert.Equal(2, mail.Count);
        Assert.Single(mail, m => m.TextBody?.Contains(DutchDates(newEndDate)) == true);
    }

    [Fact]
    public async Task ActivationCodeExpiringWithin5Days_WarnsTheLegalRepresentativeOnce_WithTheWayToANewLetter()
    {
        var soon = await _world.MeansAsync("Klaassen", MeansStatus.AwaitingActivation);
        var later = await _world.MeansAsync("Willemsen", MeansStatus.AwaitingActivation);
        await _world.ActivationCodeAsync(soon, _world.Now.AddDays(3));
        await _world.ActivationCodeAsync(later, _world.Now.AddDays(10));

        var counts = await _world.RunOnAsync(_world.Today);
        await _world.RunOnAsync(_world.Today);
        await _world.RunOnAsync(_world.Today.AddDays(1));

        Assert.Equal(1, counts.CodeWarnings);
        var mail = Assert.Single(await _factory.DeliveredMailAsync());
        Assert.Equal(LifetimesWorld.RepresentativeEmail, mail.To.Mailboxes.Single().Address);
        Assert.Contains("Test BV Donald", mail.Subject);
        Assert.Contains("Klaassen", mail.TextBody);
        Assert.DoesNotContain("Willemsen", mail.TextBody);
        Assert.Contains($"{BeheermoduleFactory.PublicBaseUrl}/mutaties?soort=NewActivationLetter", mail.TextBody);
    }

    [Fact]
    public async Task EachRun_IsAuditedWithItsCounts()
    {
        var means = await _world.MeansAsync("Jansen");
        await _world.MachtigingAsync(means, _world.Today.AddDays(-1));
        await _world.MachtigingAsync(means, _world.Today.AddYears(1), validFrom: _world.Today.AddYears(-3), lastUsedAt: _world.Now.AddYears(-3));

        await _world.RunOnAsync(_world.Today);

        var run = (await _world.AuditAsync(AuthorizationLifetimes.RunAction)).Last();
        Assert.Equal("systeem:machtigingen", run.Actor);
        Assert.Contains("verlopen 1", run.Details);
        Assert.Contains("vervallen 1", run.Details);
        Assert.Contains("eerste herinneringen 0", run.Details);
    }

    [Fact]
    public async Task TwoInstancesAtOnce_DoTheWorkOnce()
    {
        var id = await _world.MachtigingAsync(await _world.MeansAsync("Jansen"), _world.Today);
        var runsBefore = (await _world.AuditAsync(AuthorizationLifetimes.RunAction)).Count;

        _factory.Clock.Advance(TimeSpan.FromDays(1));
        var results = await Task.WhenAll(_world.RunIfDueAsync(), _world.RunIfDueAsync(), _world.RunIfDueAsync());
        await _world.WaitForRunOnAsync(_world.Today);

        Assert.True(results.Count(r => r is not null) <= 1);
        Assert.Equal(AuthorizationStatus.Expired, (await _world.MachtigingAsync(id)).Status);
        Assert.Single(await _world.AuditAsync("authorization.expired"));
        Assert.Equal(runsBefore + 1, (await _world.AuditAsync(AuthorizationLifetimes.RunAction)).Count);
        Assert.Null(await _world.RunIfDueAsync());
    }

    [Fact]
    public async Task ALiveLeaseOfAnotherInstance_IsLeftAlone_AndTakenOverOnceExpired()
    {
        var id = await _world.MachtigingAsync(await _world.MeansAsync("Jansen"), _world.Today);
        var leasedUntil = _world.Now.AddDays(1).AddMinutes(10);
        await _factory.WithDbAsync(db => db.JobLeases.Where(l => l.JobName == AuthorizationLifetimesDailyRun.JobName)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, "elders:1:abc").SetProperty(l => l.LeasedUntil, leasedUntil)));

        _factory.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Null(await _world.RunIfDueAsync());
        Assert.Equal(AuthorizationStatus.Active, (await _world.MachtigingAsync(id)).Status);
        Assert.Equal("elders:1:abc", (await _world.LeaseAsync()).Holder);

        _factory.Clock.Advance(TimeSpan.FromMinutes(11));
        await _world.RunIfDueAsync();
        await _world.WaitForRunOnAsync(_world.Today);
        Assert.Equal(AuthorizationStatus.Expired, (await _world.MachtigingAsync(id)).Status);
        Assert.NotEqual("elders:1:abc", (await _world.LeaseAsync()).Holder);
    }

    private static string DutchDates(DateOnly date) => Core.Registration.DutchDates.Format(date);
}
