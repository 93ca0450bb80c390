using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration.Kvk;
using Beheermodule.Core.ServiceLogin;
using Beheermodule.IntegrationTests.ActivationLetters;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.ServiceLogin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Authorization = Beheermodule.Core.Authorizations.Authorization;

namespace Beheermodule.IntegrationTests.Upgrades;

/// <summary>
/// Rule 13 at approval and printing: the matched means is upgraded, not replaced: no new means, the new level pending,
/// a letter of its own, its machtigingen kept; from the print of that letter it is suspended and services refuse it.
/// </summary>
public sealed class UpgradeApprovalTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string KvkNumber = "69599084";
    private const string Branch = "000038509504";

    [Fact]
    public async Task AnApprovedUpgrade_KeepsTheMeansAndItsMachtigingen_AndThePrintedLetterSuspendsIt()
    {
        var (meansId, machtigingId, serviceId) = await SeedJansenAsync();
        var journey = new ApplicationJourney(factory);
        var statusPath = await journey.ApplyAsync(AssuranceLevel.EH3, KvkNumber, Branch,
            [ApplicationJourney.User("Jansen", ServiceLoginFlow.MijnOverijssel), ApplicationJourney.User("Pietersen")], upgrade: true);
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var desk = await StaffDesk.SignInAsync(factory);
        await desk.RecordContractReceivedAsync(id);
        await desk.TickEverythingAsync(id);
        StaffDesk.AssertDone(await (await StaffDesk.SignInAsync(factory, "supervisor")).ActAsync(id, "Approve"));

        var jansen = await factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == meansId));
        Assert.Equal((AssuranceLevel.EH2, (AssuranceLevel?)AssuranceLevel.EH3, MeansStatus.Active), (jansen.Level, jansen.PendingLevel, jansen.Status));
        var newMeans = await factory.WithDbAsync(db => db.Means.Where(m => m.ApplicationId == id).Select(m => m.HolderSurname).ToListAsync());
        Assert.DoesNotContain("Jansen", newMeans);
        Assert.Contains("Pietersen", newMeans);
        Assert.Single(await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.MeansId == meansId && l.ApplicationId == id).ToListAsync()));
        var machtigingen = await factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == meansId).ToListAsync());
        Assert.Equal(machtigingId, Assert.Single(machtigingen, a => a.ServiceId == serviceId).Id);

        await new PrintRoom(factory, desk).PrintAsync();

        Assert.Equal(MeansStatus.Suspended, (await factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == meansId))).Status);
        await using var scope = factory.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetRequiredService<ServiceAccessCheck>();
        var service = await scope.ServiceProvider.GetRequiredService<Core.Data.BeheermoduleDbContext>().Services.Include(s => s.ServiceProvider).SingleAsync(s => s.Id == serviceId);
        var organisation = (await check.OrganisationsOfAsync(jansen.UserAccountId!)).Single();
        var refused = Assert.IsType<ServiceAccess.Refused>(await check.CheckAsync(jansen.UserAccountId!, organisation, service, Core.Accounts.SignInMethod.PasswordAndOtp));
        Assert.Contains("wordt opgewaardeerd", refused.Detail);
    }

    /// <summary>An EH2 means for A. Jansen at the company, exactly as the register and the journey's user give it, with a machtiging.</summary>
    private async Task<(int MeansId, int MachtigingId, int ServiceId)> SeedJansenAsync()
    {
        var lookup = await factory.Services.GetRequiredService<IKvkRegistry>().LookupAsync(Core.Identifiers.KvkNumber.Parse(KvkNumber));
        var branch = lookup.Company!.FindBranch(BranchNumber.Parse(Branch))!;
        var account = await Accounts.SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var serviceId = await factory.WithDbAsync(db => db.Services.Where(s => s.Name == ServiceLoginFlow.MijnOverijssel).Select(s => s.Id).SingleAsync());
        var today = Core.Registration.DutchDates.Today(factory.Clock);
        return await factory.WithDbAsync(async db =>
        {
            var means = await db.Means.Include(m => m.Organisation).SingleAsync(m => m.UserAccountId == account.Id);
            var organisation = means.Organisation;
            (organisation.KvkNumber, organisation.Name, organisation.Street, organisation.HouseNumber, organisation.PostalCode, organisation.City) =
                (KvkNumber, lookup.Company.Name, branch.Address.Street, branch.Address.HouseNumber, branch.Address.PostalCode, branch.Address.City);
            (means.BranchNumber, means.HolderInitials, means.HolderSurname, means.HolderEmail) = (Branch, "A.", "Jansen", "jansen@example.nl");
            var machtiging = new Authorization
            {
                Means = means, Organisation = organisation, ServiceId = serviceId, Status = AuthorizationStatus.Active,
                ValidFrom = today, ValidUntil = today.AddYears(1), CreatedAt = factory.Clock.GetUtcNow().UtcDateTime, GrantedBy = "test",
            };
            db.Authorizations.Add(machtiging);
            await db.SaveChangesAsync();
            return (means.Id, machtiging.Id, serviceId);
        });
    }
}
