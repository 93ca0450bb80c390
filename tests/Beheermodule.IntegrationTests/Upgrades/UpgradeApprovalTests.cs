using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.ServiceLogin;
using Beheermodule.IntegrationTests.ActivationLetters;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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
        var holder = await UpgradeWorld.SeedHolderAsync(factory, KvkNumber, Branch);
        var (id, desk) = await UpgradeWorld.ApproveUpgradeAsync(factory, KvkNumber, Branch, AssuranceLevel.EH3, ApplicationJourney.User("Pietersen"));

        var jansen = await factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == holder.MeansId));
        Assert.Equal((AssuranceLevel.EH2, (AssuranceLevel?)AssuranceLevel.EH3, MeansStatus.Active), (jansen.Level, jansen.PendingLevel, jansen.Status));
        var newMeans = await factory.WithDbAsync(db => db.Means.Where(m => m.ApplicationId == id).Select(m => m.HolderSurname).ToListAsync());
        Assert.DoesNotContain(UpgradeWorld.Surname, newMeans);
        Assert.Contains("Pietersen", newMeans);
        Assert.Single(await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.MeansId == holder.MeansId && l.ApplicationId == id).ToListAsync()));
        var machtigingen = await factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == holder.MeansId).ToListAsync());
        Assert.Equal(holder.MachtigingId, Assert.Single(machtigingen, a => a.ServiceId == holder.ServiceId).Id);

        await new PrintRoom(factory, desk).PrintAsync();

        Assert.Equal(MeansStatus.Suspended, (await factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == holder.MeansId))).Status);
        await using var scope = factory.Services.CreateAsyncScope();
        var check = scope.ServiceProvider.GetRequiredService<ServiceAccessCheck>();
        var service = await scope.ServiceProvider.GetRequiredService<Core.Data.BeheermoduleDbContext>().Services.Include(s => s.ServiceProvider).SingleAsync(s => s.Id == holder.ServiceId);
        var organisation = (await check.OrganisationsOfAsync(holder.Account.Id)).Single();
        var refused = Assert.IsType<ServiceAccess.Refused>(await check.CheckAsync(holder.Account.Id, organisation, service, Core.Accounts.SignInMethod.PasswordAndOtp));
        Assert.Contains("wordt opgewaardeerd", refused.Message);
    }
}
