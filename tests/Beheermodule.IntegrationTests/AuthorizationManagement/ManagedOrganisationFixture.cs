using System.Security.Cryptography;
using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>An organisation with means holders and a beheerder, written straight into the database.</summary>
public sealed class ManagedOrganisationFixture(BeheermoduleFactory factory, ManagedOrganisation organisation, int applicationId)
{
    public const string Beheerder = "beheerder-test";

    public ManagedOrganisation Organisation => organisation;

    /// <summary>A new organisation; pass a KvK number of the embedded registry when its vestigingen matter.</summary>
    public static async Task<ManagedOrganisationFixture> CreateAsync(BeheermoduleFactory factory, string? kvkNumber = null)
    {
        var kvk = kvkNumber ?? RandomNumberGenerator.GetInt32(10_000_000, 99_999_999).ToString();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var application = new Application
        {
            Reference = $"EH-TEST-{Guid.NewGuid().ToString("N")[..8]}",
            Level = AssuranceLevel.EH3,
            KvkNumber = kvk,
            OrganisationName = "Test BV Beheer",
            Fees = scope.ServiceProvider.GetRequiredService<FeeCalculator>().Quote(AssuranceLevel.EH3, 1, RushOption.None),
            StatusTokenHash = SecretToken.Hash(Guid.NewGuid().ToString()),
        };
        application.Submit(now);
        var entity = await db.Organisations.SingleOrDefaultAsync(o => o.KvkNumber == kvk)
            ?? db.Organisations.Add(new Organisation { KvkNumber = kvk, Name = $"Test BV {kvk}", CreatedAt = now }).Entity;
        db.Applications.Add(application);
        await db.SaveChangesAsync();
        return new ManagedOrganisationFixture(factory, new ManagedOrganisation(entity.Id, entity.Name, entity.KvkNumber), application.Id);
    }

    public async Task<int> AddMeansAsync(AssuranceLevel level, MeansStatus status = MeansStatus.Active, string surname = "Collega", string? userAccountId = null)
    {
        var means = new Means
        {
            OrganisationId = organisation.Id,
            Level = level,
            Status = status,
            ApplicationId = applicationId,
            HolderInitials = "C.",
            HolderSurname = surname,
            HolderEmail = $"{surname.ToLowerInvariant()}@example.nl",
            UserAccountId = userAccountId,
            CreatedAt = factory.Clock.GetUtcNow().UtcDateTime,
        };
        await factory.WithDbAsync(db => { db.Means.Add(means); return db.SaveChangesAsync(); });
        return means.Id;
    }

    public async Task<int> AddManagerRoleAsync(int meansId, AuthorizationStatus status = AuthorizationStatus.Active)
    {
        var today = DutchDates.Today(factory.Clock);
        var role = new Authorization
        {
            MeansId = meansId, OrganisationId = organisation.Id, IsManagerRole = true, Status = status,
            ValidFrom = today, ValidUntil = today.AddYears(5).AddDays(-1), CreatedAt = factory.Clock.GetUtcNow().UtcDateTime, GrantedBy = "test",
        };
        await factory.WithDbAsync(db => { db.Authorizations.Add(role); return db.SaveChangesAsync(); });
        return role.Id;
    }

    public Task<int> ServiceIdAsync(string name) => factory.WithDbAsync(db => db.Services.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    public async Task<T> WithAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public Task<GrantOutcome> GrantAsync(GrantRequest request) =>
        WithAsync(services => services.GetRequiredService<AuthorizationGrant>().GrantAsync(organisation, Beheerder, request));

    public Task<string?> ChangeAsync(Func<AuthorizationChanges, Task<string?>> change) =>
        WithAsync(services => change(services.GetRequiredService<AuthorizationChanges>()));

    public Task<Authorization> AuthorizationAsync(int id) => factory.WithDbAsync(db => db.Authorizations.AsNoTracking().SingleAsync(a => a.Id == id));
}
