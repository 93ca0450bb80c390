using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Audit;
using Beheermodule.Core.AuthorizationManagement.Lifetimes;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Hosting;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>
/// An approved organisation put straight into the database (legal representative D. Duck), with means and
/// machtigingen as a test needs them, and the daily check run on a chosen day.
/// </summary>
internal sealed class LifetimesWorld(BeheermoduleFactory factory)
{
    public const string RepresentativeEmail = "dagobert@example.nl";

    private int _organisationId;
    private int _applicationId;

    /// <summary>The Dutch calendar day of the fake clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(DutchDates.ToLocal(factory.Clock.GetUtcNow().UtcDateTime));

    public DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Creates the organisation, after the start-up pass of the background job has done today's (empty) run, so
    /// the test's own runs never overlap with it.
    /// </summary>
    public async Task<LifetimesWorld> StartAsync(string kvkNumber = "68750110")
    {
        await WaitForRunOnAsync(Today);
        var fees = new FeeCalculator(Options.Create(new FeeOptions())).Quote(AssuranceLevel.EH3, 1, RushOption.None);
        (_organisationId, _applicationId) = await factory.WithDbAsync(async db =>
        {
            var organisation = new Organisation { KvkNumber = kvkNumber, Name = "Test BV Donald", CreatedAt = Now };
            var application = new Application
            {
                Reference = $"EH-2026-{kvkNumber[..6]}",
                Level = AssuranceLevel.EH3,
                KvkNumber = kvkNumber,
                OrganisationName = organisation.Name,
                Fees = fees,
                StatusTokenHash = Guid.NewGuid().ToString("N"),
                Persons = [new ApplicationPerson { Role = PersonRole.LegalRepresentative, Initials = "D.", Surname = "Duck", Email = RepresentativeEmail, Phone = "020 123 4567", DateOfBirth = new DateOnly(1970, 5, 1) }],
            };
            application.Submit(Now);
            db.Organisations.Add(organisation);
            db.Applications.Add(application);
            await db.SaveChangesAsync();
            return (organisation.Id, application.Id);
        });
        return this;
    }

    public Task<int> MeansAsync(string surname, MeansStatus status = MeansStatus.Active, DateTime? activatedAt = null) =>
        factory.WithDbAsync(async db =>
        {
            var means = new Means
            {
                OrganisationId = _organisationId, ApplicationId = _applicationId, Level = AssuranceLevel.EH3, Status = status,
                HolderInitials = "A.", HolderSurname = surname, HolderEmail = $"{surname.ToLowerInvariant()}@example.nl",
                HolderDateOfBirth = new DateOnly(1980, 1, 1), HolderMobile = "06 12345678",
                CreatedAt = Now, ActivatedAt = status == MeansStatus.Active ? activatedAt ?? Now.AddYears(-3) : null,
            };
            db.Means.Add(means);
            await db.SaveChangesAsync();
            return means.Id;
        });

    public Task<int> MachtigingAsync(int meansId, DateOnly validUntil, AuthorizationStatus status = AuthorizationStatus.Active,
        bool isManagerRole = false, DateOnly? validFrom = null, DateTime? lastUsedAt = null) =>
        factory.WithDbAsync(async db =>
        {
            var authorization = new Authorization
            {
                MeansId = meansId, OrganisationId = _organisationId, IsManagerRole = isManagerRole, Status = status,
                AllServicesUpTo = isManagerRole ? null : AssuranceLevel.EH3,
                ValidFrom = validFrom ?? Today, ValidUntil = validUntil, LastUsedAt = lastUsedAt,
                CreatedAt = Now, GrantedBy = "test",
            };
            db.Authorizations.Add(authorization);
            await db.SaveChangesAsync();
            return authorization.Id;
        });

    /// <summary>A beheerder of the organisation: a means with an active beheerder role.</summary>
    public async Task<int> BeheerderAsync(string surname)
    {
        var means = await MeansAsync(surname);
        await MachtigingAsync(means, Today.AddYears(5), isManagerRole: true);
        return means;
    }

    public Task<int> ActivationCodeAsync(int meansId, DateTime expiresAt) =>
        factory.WithDbAsync(async db =>
        {
            var code = new ActivationCode { MeansId = meansId, CodeHash = Guid.NewGuid().ToString("N"), IssuedAt = Now, ExpiresAt = expiresAt };
            db.ActivationCodes.Add(code);
            await db.SaveChangesAsync();
            return code.Id;
        });

    public Task<Authorization> MachtigingAsync(int id) =>
        factory.WithDbAsync(db => db.Authorizations.AsNoTracking().SingleAsync(a => a.Id == id));

    /// <summary>The check itself, for a chosen day (the background job runs it for the clock's day).</summary>
    public async Task<DailyRunCounts> RunOnAsync(DateOnly day)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuthorizationLifetimes>().RunAsync(day);
    }

    /// <summary>The lease-guarded run for the clock's day, as each app instance's job does it.</summary>
    public async Task<DailyRunCounts?> RunIfDueAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuthorizationLifetimesDailyRun>().RunIfDueAsync();
    }

    public Task<List<AuditEvent>> AuditAsync(string action) =>
        factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action == action).OrderBy(e => e.Id).ToListAsync());

    public async Task WaitForRunOnAsync(DateOnly day)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await factory.WithDbAsync(db => db.JobLeases.AnyAsync(l => l.JobName == AuthorizationLifetimesDailyRun.JobName && l.LastCompletedOn >= day)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The daily check for {day} did not finish.");
            await Task.Delay(50);
        }
    }

    public Task<JobLease> LeaseAsync() =>
        factory.WithDbAsync(db => db.JobLeases.AsNoTracking().SingleAsync(l => l.JobName == AuthorizationLifetimesDailyRun.JobName));
}
