using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>Revoke, renew, end on a date, the beheerder role and the last-beheerder rule, and who manages what.</summary>
public sealed class ChangeTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private DateOnly Today => DutchDates.Today(factory.Clock);

    private async Task<(ManagedOrganisationFixture Organisation, int AuthorizationId)> GrantedAsync(int years = 1)
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory);
        var means = await organisation.AddMeansAsync(AssuranceLevel.EH3);
        var outcome = await organisation.GrantAsync(new GrantRequest(means, await organisation.ServiceIdAsync("Mijn RVO"), null, years, Today, null));
        return (organisation, Assert.IsType<GrantOutcome.Granted>(outcome).Authorization.Id);
    }

    [Fact]
    public async Task Revoking_EndsItAtOnce_AndIsAudited()
    {
        var (organisation, id) = await GrantedAsync();

        Assert.Null(await organisation.ChangeAsync(c => c.RevokeAsync(organisation.Organisation, ManagedOrganisationFixture.Beheerder, id)));

        var stored = await organisation.AuthorizationAsync(id);
        Assert.Equal(AuthorizationStatus.Revoked, stored.Status);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, stored.EndedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "authorization.revoked" && e.Details!.StartsWith(organisation.Organisation.KvkNumber))));
        Assert.Equal(AuthorizationChanges.NotFound, await organisation.ChangeAsync(c => c.RevokeAsync(organisation.Organisation, ManagedOrganisationFixture.Beheerder, id)));
    }

    [Fact]
    public async Task AnotherOrganisationsMachtiging_IsNotFound_AndStaysAsItIs()
    {
        var (theirs, id) = await GrantedAsync();
        var mine = await ManagedOrganisationFixture.CreateAsync(factory);

        Assert.Equal(AuthorizationChanges.NotFound, await mine.ChangeAsync(c => c.RevokeAsync(mine.Organisation, ManagedOrganisationFixture.Beheerder, id)));
        Assert.Equal(AuthorizationChanges.NotFound, await mine.ChangeAsync(c => c.RenewAsync(mine.Organisation, ManagedOrganisationFixture.Beheerder, id, 1)));
        Assert.Equal(AuthorizationChanges.NotFound, await mine.ChangeAsync(c => c.EndOnAsync(mine.Organisation, ManagedOrganisationFixture.Beheerder, id, Today)));

        Assert.Equal(AuthorizationStatus.Active, (await theirs.AuthorizationAsync(id)).Status);
    }

    [Fact]
    public async Task Renewing_ExtendsFromTheCurrentEnd_ClearsTheReminders_ButNeverBeyondFiveYears()
    {
        var (organisation, id) = await GrantedAsync(years: 1);
        await factory.WithDbAsync(db => db.Authorizations.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Reminder60SentAt, DateTime.UtcNow)));

        Assert.Null(await organisation.ChangeAsync(c => c.RenewAsync(organisation.Organisation, ManagedOrganisationFixture.Beheerder, id, 3)));

        var renewed = await organisation.AuthorizationAsync(id);
        Assert.Equal(Today.AddYears(4).AddDays(-1), renewed.ValidUntil);
        Assert.Null(renewed.Reminder60SentAt);
        var tooFar = await organisation.ChangeAsync(c => c.RenewAsync(organisation.Organisation, ManagedOrganisationFixture.Beheerder, id, 3));
        Assert.Contains("hoogstens 5 jaar", tooFar);
        Assert.Equal(renewed.ValidUntil, (await organisation.AuthorizationAsync(id)).ValidUntil);
        Assert.NotNull(await organisation.ChangeAsync(c => c.RenewAsync(organisation.Organisation, ManagedOrganisationFixture.Beheerder, id, 2)));
    }

    [Fact]
    public async Task EndingOnADate_MovesTheLastDay_WithinTodayAndTheCurrentEnd()
    {
        var (organisation, id) = await GrantedAsync(years: 1);
        var lastDay = Today.AddMonths(2);

        Assert.NotNull(await organisation.ChangeAsync(c => c.EndOnAsync(organisation.Organisation, ManagedOrganisationFixture.Beheerder, id, Today.AddDays(-1))));
        Assert.NotNull(await organisation.ChangeAsync(c => c.EndOnAsync(organisation.Organisation, ManagedOrganisationFixture.Beheerder, id, Today.AddYears(2))));
        Assert.Null(await organisation.ChangeAsync(c => c.EndOnAsync(organisation.Organisation, ManagedOrganisationFixture.Beheerder, id, lastDay)));

        var stored = await organisation.AuthorizationAsync(id);
        Assert.Equal((AuthorizationStatus.Active, lastDay), (stored.Status, stored.ValidUntil));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "authorization.end-set" && e.Details!.StartsWith(organisation.Organisation.KvkNumber))));
    }

    [Fact]
    public async Task TheBeheerderRole_IsGivenFromEH2Plus_AndTheLastBeheerderStays()
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory);
        var first = await organisation.AddMeansAsync(AssuranceLevel.EH3, surname: "Eerste");
        var firstRole = await organisation.AddManagerRoleAsync(first);
        var eh2 = await organisation.AddMeansAsync(AssuranceLevel.EH2, surname: "Tweede");
        var second = await organisation.AddMeansAsync(AssuranceLevel.EH2Plus, surname: "Derde");
        var beheerder = ManagedOrganisationFixture.Beheerder;

        Assert.Equal(AuthorizationChanges.LastManager, await organisation.ChangeAsync(c => c.RevokeAsync(organisation.Organisation, beheerder, firstRole)));
        Assert.Contains("minimaal niveau EH2+", await organisation.ChangeAsync(c => c.GiveManagerRoleAsync(organisation.Organisation, beheerder, eh2)));
        Assert.Null(await organisation.ChangeAsync(c => c.GiveManagerRoleAsync(organisation.Organisation, beheerder, second)));
        Assert.Contains("al machtigingenbeheerder", await organisation.ChangeAsync(c => c.GiveManagerRoleAsync(organisation.Organisation, beheerder, second)));

        Assert.Null(await organisation.ChangeAsync(c => c.RevokeAsync(organisation.Organisation, beheerder, firstRole)));

        var secondRole = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.MeansId == second && a.IsManagerRole));
        Assert.Equal(AuthorizationStatus.Active, secondRole.Status);
        Assert.Equal(AuthorizationChanges.LastManager, await organisation.ChangeAsync(c => c.RevokeAsync(organisation.Organisation, beheerder, secondRole.Id)));
        Assert.Equal(AuthorizationChanges.LastManager, await organisation.ChangeAsync(c => c.EndOnAsync(organisation.Organisation, beheerder, secondRole.Id, Today)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "authorization.manager-role-taken" && e.Details!.Contains("Eerste"))));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "authorization.manager-role-given" && e.Details!.Contains("Derde"))));
    }

    [Fact]
    public async Task APendingBeheerder_DoesNotCountAsTheOtherBeheerder()
    {
        var organisation = await ManagedOrganisationFixture.CreateAsync(factory);
        var role = await organisation.AddManagerRoleAsync(await organisation.AddMeansAsync(AssuranceLevel.EH3));
        await organisation.AddManagerRoleAsync(await organisation.AddMeansAsync(AssuranceLevel.EH3, MeansStatus.AwaitingActivation), AuthorizationStatus.Pending);

        Assert.Equal(AuthorizationChanges.LastManager, await organisation.ChangeAsync(c => c.RevokeAsync(organisation.Organisation, ManagedOrganisationFixture.Beheerder, role)));
    }

    [Fact]
    public async Task APerson_ManagesOnlyWhereTheirActiveMeansCarriesAnActiveRole()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var managed = await ManagedOrganisationFixture.CreateAsync(factory);
        var notManaged = await ManagedOrganisationFixture.CreateAsync(factory);
        var ended = await ManagedOrganisationFixture.CreateAsync(factory);
        await managed.AddManagerRoleAsync(await managed.AddMeansAsync(AssuranceLevel.EH3, userAccountId: account.Id));
        await notManaged.AddMeansAsync(AssuranceLevel.EH3, userAccountId: account.Id);
        await ended.AddManagerRoleAsync(await ended.AddMeansAsync(AssuranceLevel.EH3, MeansStatus.Ended, userAccountId: account.Id));

        var organisations = await managed.WithAsync(s => s.GetRequiredService<ManagedOrganisations>().OfAsync(account.Id));

        Assert.Equal([managed.Organisation.Id], organisations.Select(o => o.Id));
        Assert.Null(await managed.WithAsync(s => s.GetRequiredService<ManagedOrganisations>().EnterAsync(account.Id, notManaged.Organisation.Id)));
        factory.Clock.Advance(TimeSpan.FromDays(5 * 366));
        Assert.Empty(await managed.WithAsync(s => s.GetRequiredService<ManagedOrganisations>().OfAsync(account.Id)));
    }
}
