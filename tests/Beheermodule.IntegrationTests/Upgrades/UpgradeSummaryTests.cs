using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Kvk;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace Beheermodule.IntegrationTests.Upgrades;

/// <summary>Rule 13 before submission: the summary of an "opwaardering" says per user whether it upgrades a means.</summary>
public sealed class UpgradeSummaryTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string KvkNumber = "69599084";
    private const string Branch = "000038509504";

    /// <summary>The company as the register knows it, with EH2 means for Jansen and Klaassen.</summary>
    private async Task SeedCompanyAsync()
    {
        var lookup = await factory.Services.GetRequiredService<IKvkRegistry>().LookupAsync(Core.Identifiers.KvkNumber.Parse(KvkNumber));
        var branch = lookup.Company!.FindBranch(BranchNumber.Parse(Branch))!;
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await factory.WithDbAsync(async db =>
        {
            var application = await db.Applications.FirstAsync(a => a.KvkNumber == KvkNumber);
            var organisation = new Organisation
            {
                KvkNumber = KvkNumber, Name = lookup.Company.Name, Street = branch.Address.Street, HouseNumber = branch.Address.HouseNumber,
                PostalCode = branch.Address.PostalCode, City = branch.Address.City, CreatedAt = now,
            };
            Means Holder(string surname, string email) => new()
            {
                Organisation = organisation, BranchNumber = Branch, Level = AssuranceLevel.EH2, Status = MeansStatus.Active, ApplicationId = application.Id,
                HolderInitials = "A.", HolderSurname = surname, HolderEmail = email, CreatedAt = now,
            };
            db.Means.AddRange(Holder("Jansen", "jansen@example.nl"), Holder("Klaassen", "k.klaassen@example.nl"));
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task TheSummary_NamesPerUserWhetherItIsAnUpgrade_AndWhatDiffers()
    {
        await SeedCompanyAsync();
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH3, upgrade: true));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync(KvkNumber, Branch));
        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers", await journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(
            ApplicationJourney.User("Jansen"), ApplicationJourney.User("Klaassen"), ApplicationJourney.User("Pietersen")));

        var summary = await journey.Client.GetPageAsync("/aanvragen/overzicht");

        string Line(int user) => summary.QuerySelector($".upgrade-match[data-user='{user}']")!.TextContent.Trim();
        Assert.Equal("Komt overeen: opwaardering van uw middel.", Line(0));
        Assert.Equal("Wijkt af: e-mailadres, dus een nieuw middel.", Line(1));
        Assert.Equal("Geen bestaand middel gevonden, dus een nieuw middel.", Line(2));

        var statusPath = await journey.SubmitAsync();
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var users = await factory.WithDbAsync(db => db.ApplicationPersons.Where(p => p.ApplicationId == id && p.Role == PersonRole.MeansHolder)
            .OrderBy(p => p.Position).ToListAsync());
        var jansensMeans = await factory.WithDbAsync(db => db.Means.Where(m => m.HolderSurname == "Jansen" && m.Organisation.KvkNumber == KvkNumber).Select(m => m.Id).SingleAsync());
        Assert.Equal([jansensMeans, null, null], users.Select(u => u.UpgradesMeansId));

        var contract = await journey.Client.Http.GetAsync($"{statusPath}/contract");
        using var pdf = PdfDocument.Open(await contract.Content.ReadAsByteArrayAsync());
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.Equal(1, Occurrences(text, "opwaardering van het bestaande middel"));
        Assert.Equal(2, Occurrences(text, "nieuw middel: de gegevens wijken af"));
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;

    [Fact]
    public async Task WithoutOpwaardering_TheSummarySaysNothingAboutIt()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH3));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync("68750110"));
        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers", await journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(ApplicationJourney.User("Jansen")));

        var summary = await journey.Client.GetPageAsync("/aanvragen/overzicht");

        Assert.Empty(summary.QuerySelectorAll(".upgrade-match"));
    }
}
