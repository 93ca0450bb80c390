using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Kvk;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Mutations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Registration;

/// <summary>
/// The legal representatives against the Handelsregister's functionaries: in the wizard, beside the fields; at the
/// helpdesk, per signer; and at approval, which waits for signatures that bind the company.
/// </summary>
public sealed class SigningAuthorityTests(MutationFactory factory) : IClassFixture<MutationFactory>
{
    private static readonly TestPerson Duck = ApplicationJourney.Representative;
    private static readonly TestPerson Woudloper = ApplicationJourney.SecondRepresentative;
    private static readonly TestPerson Gans = new("G.", "Gans", "1966-07-08", "gans@example.nl", "020 222 3344");

    private async Task<(ApplicationJourney Journey, HttpResponseMessage Response)> RepresentativesAsync(string kvkNumber, bool jointly, params TestPerson[] representatives)
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync(kvkNumber));
        return (journey, await journey.EnterLegalRepresentativesAsync(jointly, representatives));
    }

    [Fact]
    public async Task SomeoneNotInTheRegister_IsToldBesideTheName()
    {
        var (_, response) = await RepresentativesAsync("90003748", false, Duck);

        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal("D. Duck staat niet als bestuurder of eigenaar van Test Stichting Nieuw Bestuur in het Handelsregister. Alleen wie daar staat, kan het contract ondertekenen.",
            BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Surname"));
        Assert.Equal("Duck", BrowserLikeClient.ValueOf(page, "Input.Persons[0].Surname"));
    }

    [Fact]
    public async Task OneOfTwoJointDirectors_IsToldTheOtherMustSignToo()
    {
        var (_, response) = await RepresentativesAsync("90003721", false, Duck);

        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.StartsWith("Deze handtekeningen binden Test BV Twee Handtekeningen niet: D. Duck is alleen samen met anderen bevoegd",
            page.QuerySelector("[data-valmsg-for='Input.Persons']")!.TextContent.Trim());
    }

    [Fact]
    public async Task BothJointDirectors_MustSayTheyAreJointlyAuthorised_ThenMoveOn()
    {
        var (journey, alone) = await RepresentativesAsync("90003721", false, Duck, Woudloper);
        Assert.Equal("Volgens het Handelsregister zijn deze vertegenwoordigers alleen samen bevoegd. Kies 'gezamenlijk bevoegd'.",
            BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(alone), "Input.JointlyAuthorised"));

        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(true, Duck, Woudloper));
    }

    [Fact]
    public async Task TheSoleDirector_MovesOn()
    {
        var (_, response) = await RepresentativesAsync("90003748", false, Gans);

        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", response);
    }

    [Fact]
    public async Task Approval_WaitsForSignaturesThatBindTheCompany_WhenTheRegisterChanged()
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(AssuranceLevel.EH2, "69599076", null,
            [ApplicationJourney.User("Tekenaar", MutationJourney.EhService)], representatives: [Duck, Woudloper]);
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var persons = await factory.WithDbAsync(db => db.ApplicationPersons.Where(p => p.ApplicationId == id && p.Role == PersonRole.LegalRepresentative).ToDictionaryAsync(p => p.Surname, p => p.Id));
        // Since submission the company's directors may only sign together.
        await factory.Registry.SetFunctionariesAsync("69599076",
            new KvkFunctionary("D.", "Duck", new DateOnly(1970, 5, 1), "Vennoot", SigningAuthority.Jointly, 1),
            new KvkFunctionary("W.", "Woudloper", new DateOnly(1972, 3, 4), "Vennoot", SigningAuthority.Jointly, 1));
        var desk = await StaffDesk.SignInAsync(factory);
        await desk.RecordContractReceivedAsync(id);
        StaffDesk.AssertDone(await desk.UploadAsync(id, "SignedContract", null));
        StaffDesk.AssertDone(await desk.ActAsync(id, "Tick", new KeyValuePair<string, string>("item", $"signed:{persons["Duck"]}")));

        var page = await desk.Client.GetPageAsync(StaffDesk.PathOf(id));
        Assert.Contains("Vennoot, gezamenlijk bevoegd met 1 andere functionaris", page.QuerySelector("table.signers")!.TextContent);
        Assert.Contains("D. Duck is alleen samen met anderen bevoegd", page.QuerySelector(".signature-problem")!.TextContent);
        var refused = await BrowserLikeClient.ReadPageAsync(await desk.ActAsync(id, "Approve"));
        Assert.Contains("Deze handtekeningen binden Test VOF Guus en Gijs niet", refused.QuerySelector(".alert-error")!.TextContent);
        Assert.Equal(ApplicationStatus.UnderReview, await factory.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));

        StaffDesk.AssertDone(await desk.ActAsync(id, "Tick", new KeyValuePair<string, string>("item", $"signed:{persons["Woudloper"]}")));
        StaffDesk.AssertDone(await desk.ActAsync(id, "Approve"));
    }
}
