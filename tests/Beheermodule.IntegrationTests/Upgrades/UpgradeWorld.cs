using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration.Kvk;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.ActivationLetters;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.ServiceLogin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Authorization = Beheermodule.Core.Authorizations.Authorization;

namespace Beheermodule.IntegrationTests.Upgrades;

/// <summary>A.Jansen's means in use at a company of the KvK register, with the account and machtiging an upgrade must keep.</summary>
public sealed record UpgradeHolder(TestAccount Account, int MeansId, int MachtigingId, int ServiceId, string KvkNumber);

/// <summary>
/// The world of an upgrade (rule 13): a holder whose means matches the wizard's "Jansen" exactly, an approved
/// upgrade application for them, and its printed letter. One company per holder: a KvK number holds one organisation.
/// </summary>
public static class UpgradeWorld
{
    public const string Surname = "Jansen";

    /// <summary>
    /// A means at <paramref name="level"/> for A. Jansen at <paramref name="kvkNumber"/> (and vestiging), exactly as the
    /// register and <see cref="ApplicationJourney.User"/> give them, with a machtiging for MijnOverijssel. The clock then
    /// moves a day on, as an upgrade comes well after the first activation.
    /// </summary>
    public static async Task<UpgradeHolder> SeedHolderAsync(BeheermoduleFactory factory, string kvkNumber, string? branchNumber,
        AssuranceLevel level = AssuranceLevel.EH2, bool withResponder = false)
    {
        var lookup = await factory.Services.GetRequiredService<IKvkRegistry>().LookupAsync(KvkNumber.Parse(kvkNumber));
        var address = branchNumber is null ? lookup.Company!.Address : lookup.Company!.FindBranch(BranchNumber.Parse(branchNumber))!.Address;
        var account = await SignInAccounts.CreateAsync(factory, level, withResponder);
        var serviceId = await factory.WithDbAsync(db => db.Services.Where(s => s.Name == ServiceLoginFlow.MijnOverijssel).Select(s => s.Id).SingleAsync());
        var today = Core.Registration.DutchDates.Today(factory.Clock);
        var (meansId, machtigingId) = await factory.WithDbAsync(async db =>
        {
            var means = await db.Means.Include(m => m.Organisation).SingleAsync(m => m.UserAccountId == account.Id);
            var organisation = means.Organisation;
            (organisation.KvkNumber, organisation.Name, organisation.Street, organisation.HouseNumber, organisation.PostalCode, organisation.City) =
                (kvkNumber, lookup.Company.Name, address.Street, address.HouseNumber, address.PostalCode, address.City);
            (means.BranchNumber, means.HolderInitials, means.HolderSurname, means.HolderEmail) = (branchNumber, "A.", Surname, "jansen@example.nl");
            var machtiging = new Authorization
            {
                Means = means, Organisation = organisation, ServiceId = serviceId, Status = AuthorizationStatus.Active,
                ValidFrom = today, ValidUntil = today.AddYears(1), CreatedAt = factory.Clock.GetUtcNow().UtcDateTime, GrantedBy = "test",
            };
            db.Authorizations.Add(machtiging);
            await db.SaveChangesAsync();
            return (means.Id, machtiging.Id);
        });
        factory.Clock.Advance(TimeSpan.FromDays(1));
        return new UpgradeHolder(account, meansId, machtigingId, serviceId, kvkNumber);
    }

    /// <summary>The legal representative applies for the upgrade with Jansen's data exactly, and staff approve it.</summary>
    public static async Task<(int ApplicationId, StaffDesk Desk)> ApproveUpgradeAsync(BeheermoduleFactory factory, string kvkNumber, string? branchNumber,
        AssuranceLevel newLevel, params TestPerson[] colleagues)
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(newLevel, kvkNumber, branchNumber,
            [ApplicationJourney.User(Surname, ServiceLoginFlow.MijnOverijssel), .. colleagues], upgrade: true);
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var desk = await StaffDesk.SignInAsync(factory);
        await desk.RecordContractReceivedAsync(id);
        await desk.TickEverythingAsync(id);
        StaffDesk.AssertDone(await (await StaffDesk.SignInAsync(factory, "supervisor")).ActAsync(id, "Approve"));
        return (id, desk);
    }

    /// <summary>Prints every waiting letter; the aanmeldcode on Jansen's, as the holder reads it.</summary>
    public static async Task<string> PrintJansensCodeAsync(BeheermoduleFactory factory, StaffDesk desk)
    {
        var room = new PrintRoom(factory, desk);
        var batch = await room.PrintAsync();
        var letter = PrintRoom.Pages(await room.DownloadAsync(batch.Id)).Single(p => p.Words.Contains($"Gebruiker A. {Surname}"));
        return ActivationCodeText.InCharacters(letter.Characters);
    }

    /// <summary>Seed, apply, approve and print: the holder, and the code of the upgrade letter.</summary>
    public static async Task<(UpgradeHolder Holder, string Code)> PrintedUpgradeAsync(BeheermoduleFactory factory, string kvkNumber, string? branchNumber,
        AssuranceLevel from, AssuranceLevel to, bool withResponder = false)
    {
        var holder = await SeedHolderAsync(factory, kvkNumber, branchNumber, from, withResponder);
        var (_, desk) = await ApproveUpgradeAsync(factory, kvkNumber, branchNumber, to);
        return (holder, await PrintJansensCodeAsync(factory, desk));
    }
}
