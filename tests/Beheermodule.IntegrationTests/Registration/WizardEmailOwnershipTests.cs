using System.Net;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Registration;

/// <summary>
/// Rule 9 in the wizard: a person's address is their own. Another person's (an account, or a means not activated
/// yet), or one the application gives to two people, is refused beside the field; the same person keeps theirs.
/// </summary>
public sealed class WizardEmailOwnershipTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private async Task<ApplicationJourney> AtTheUsersStepAsync()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync("68750110"));
        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers", await journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative));
        return journey;
    }

    [Fact]
    public async Task AUser_WithTheAddressOfSomeoneElsesAccount_IsRefusedBesideTheField_AndTheAddressIsKept()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var journey = await AtTheUsersStepAsync();
        var stranger = ApplicationJourney.User("Vreemde", "het ondertekenen van e-Formulieren") with { Email = holder.Email };

        var response = await journey.EnterUsersAsync(stranger);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal(EmailAddressOwnership.TakenMessage, BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Email"));
        Assert.Equal(holder.Email, BrowserLikeClient.ValueOf(page, "Input.Persons[0].Email"));
    }

    [Fact]
    public async Task AUser_WithTheAddressOfAColleaguesMeansNotActivatedYet_IsRefused()
    {
        var colleague = await Activation.ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var journey = await AtTheUsersStepAsync();

        var response = await journey.EnterUsersAsync(ApplicationJourney.User("Anders", "het ondertekenen van e-Formulieren") with { Email = $"{colleague.Surname.ToLowerInvariant()}@example.nl" });

        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal(EmailAddressOwnership.TakenMessage, BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Email"));
    }

    [Fact]
    public async Task TheSamePerson_AsTheAccountWithTheAddress_KeepsIt()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var journey = await AtTheUsersStepAsync();

        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht",
            await journey.EnterUsersAsync(ApplicationJourney.User(holder.Issued.Surname, "het ondertekenen van e-Formulieren")));
    }

    [Fact]
    public async Task AUser_WithTheAddressOfAnotherPersonWhoIsBeheerderInThisApplication_IsRefused()
    {
        var journey = await AtTheUsersStepAsync();

        var response = await journey.EnterUsersAsync(ApplicationJourney.User("Eerste", "het ondertekenen van e-Formulieren") with { Email = ApplicationJourney.Representative.Email });

        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal("Dit e-mailadres staat ook bij D. Duck. Ieder persoon heeft een eigen e-mailadres.", BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Email"));
    }

    [Fact]
    public async Task TheBeheerder_AsAUserToo_KeepsTheirAddress()
    {
        var journey = await AtTheUsersStepAsync();
        var representative = ApplicationJourney.Representative;

        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(
            new TestPerson(representative.Initials, representative.Surname, representative.DateOfBirth, representative.Email, "06 1234 5678", "het ondertekenen van e-Formulieren")));
    }

    [Fact]
    public async Task TwoBeheerders_WithOneAddress_AreRefused()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync("68750110"));
        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative));

        var response = await journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative,
            ApplicationJourney.SecondRepresentative with { Email = ApplicationJourney.Representative.Email });

        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal("Dit e-mailadres staat al bij een andere beheerder. Iedere beheerder heeft een eigen e-mailadres.", BrowserLikeClient.ErrorBeside(page, "Input.Persons[1].Email"));
    }
}
