using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;

namespace Beheermodule.IntegrationTests.Registration;

/// <summary>Every step refuses bad input with a Dutch message beside the field, and keeps what was typed.</summary>
public sealed class WizardStepErrorsTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task Level_NotChosen_AsksForALevel()
    {
        var client = new ApplicationJourney(factory).Client;
        var (response, page) = await client.PostFormAndReadAsync("/aanvragen", [new("Input.Rush", "None"), new("action", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies een betrouwbaarheidsniveau.", BrowserLikeClient.ErrorBeside(page, "Input.Level"));
    }

    [Theory]
    [InlineData("EH1", "SameDay", "Spoed is niet mogelijk voor EH1.")]
    [InlineData("EH4", "Courier", "Spoed is niet mogelijk voor EH4.")]
    public async Task Level_RushWhereRule14ForbidsIt_IsRefused(string level, string rush, string message)
    {
        var client = new ApplicationJourney(factory).Client;
        var (_, page) = await client.PostFormAndReadAsync("/aanvragen", [new("Input.Level", level), new("Input.Rush", rush), new("action", "next")]);

        Assert.StartsWith(message, BrowserLikeClient.ErrorBeside(page, "Input.Rush"));
        Assert.NotNull(page.QuerySelector($"input[name='Input.Level'][value='{level}'][checked]"));
    }

    [Fact]
    public async Task Level_FromTheCatalogueLink_IsPreselected()
    {
        var page = await new ApplicationJourney(factory).Client.GetPageAsync("/aanvragen?niveau=EH3");

        Assert.NotNull(page.QuerySelector("input[name='Input.Level'][value='EH3'][checked]"));
    }

    [Theory]
    [InlineData("12ab5678", "Een KvK-nummer bestaat uit 8 cijfers.")]
    [InlineData("1234567", "Een KvK-nummer bestaat uit 8 cijfers.")]
    [InlineData("", "Vul een KvK-nummer in.")]
    [InlineData("12345678", "Dit KvK-nummer komt niet voor in het Handelsregister. Controleer het nummer.")]
    [InlineData("96354429", "Deze onderneming staat niet (meer) actief ingeschreven bij de KvK. Voor een opgeheven onderneming kunt u geen eHerkenning aanvragen.")]
    [InlineData("90004973", "Het Handelsregister van de KvK geeft nu geen antwoord. Uw gegevens blijven bewaard; probeer het over enkele minuten opnieuw.")]
    public async Task Organisation_BadOrUnknownKvkNumber_IsRefusedAndKept(string kvkNumber, string message)
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));

        var (response, page) = await journey.Client.PostFormAndReadAsync("/aanvragen/organisatie",
            [new("Input.KvkNumber", kvkNumber), new("Input.RegisterOnBranch", "false"), new("action", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, BrowserLikeClient.ErrorBeside(page, "Input.KvkNumber"));
        Assert.Equal(kvkNumber, BrowserLikeClient.ValueOf(page, "Input.KvkNumber"));
    }

    [Fact]
    public async Task Organisation_Refused_SummaryLinksToTheField()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));

        var (_, page) = await journey.Client.PostFormAndReadAsync("/aanvragen/organisatie",
            [new("Input.KvkNumber", "12ab5678"), new("Input.RegisterOnBranch", "false"), new("action", "next")]);

        var link = page.QuerySelector(".alert-error a[href='#Input_KvkNumber']");
        Assert.NotNull(link);
        Assert.Equal("Een KvK-nummer bestaat uit 8 cijfers.", link.TextContent.Trim());
        Assert.Equal("Input.KvkNumber", page.GetElementById("Input_KvkNumber")?.GetAttribute("name"));
    }

    [Theory]
    [InlineData("000038509520", null)]
    [InlineData("990000541921", "Vestigingsnummer 990000541921 hoort niet bij KvK-nummer 69599084. Kies een vestiging van Test EMZ Dagobert.")]
    [InlineData("3850952", "Een vestigingsnummer bestaat uit 12 cijfers.")]
    public async Task Organisation_Branch_MustBelongToTheKvkNumber(string branchNumber, string? message)
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));

        var response = await journey.ChooseOrganisationAsync("69599084", branchNumber);

        if (message is null)
        {
            ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", response);
            return;
        }
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal(message, BrowserLikeClient.ErrorBeside(page, "Input.BranchNumber"));
        Assert.Equal(branchNumber, BrowserLikeClient.ValueOf(page, "Input.BranchNumber"));
    }

    [Fact]
    public async Task Organisation_LookUp_ShowsTheRegisteredNameAndAddress()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));

        var (response, page) = await journey.Client.PostFormAndReadAsync("/aanvragen/organisatie",
            [new("Input.KvkNumber", "69.59.90.84"), new("action", "lookup")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Test EMZ Dagobert", page.QuerySelector(".card")!.TextContent);
        Assert.Contains("000038509520", page.Body!.TextContent);
        Assert.Equal("69599084", BrowserLikeClient.ValueOf(page, "Input.KvkNumber"));
    }

    [Fact]
    public async Task LegalRepresentatives_EmptyAndWrongFields_EachGetTheirMessageAndKeepTheirValue()
    {
        var journey = await JourneyAtAsync("/aanvragen/vertegenwoordigers");

        var (_, page) = await journey.Client.PostFormAndReadAsync("/aanvragen/vertegenwoordigers",
        [
            new("Input.Persons[0].Initials", ""),
            new("Input.Persons[0].Surname", "Duck"),
            new("Input.Persons[0].DateOfBirth", "2030-01-01"),
            new("Input.Persons[0].Email", "dagobert@"),
            new("Input.Persons[0].Phone", "bel mij"),
            new("Input.JointlyAuthorised", "true"),
            new("action", "next"),
        ]);

        Assert.Equal("Vul de voorletters in.", BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Initials"));
        Assert.Null(BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Surname"));
        Assert.Equal("De geboortedatum ligt in de toekomst.", BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].DateOfBirth"));
        Assert.Equal("Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.", BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Email"));
        Assert.StartsWith("Vul een geldig telefoonnummer in", BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Phone"));
        Assert.Equal("Bij gezamenlijke bevoegdheid vult u minstens twee wettelijk vertegenwoordigers in.", BrowserLikeClient.ErrorBeside(page, "Input.JointlyAuthorised"));
        Assert.Equal("Duck", BrowserLikeClient.ValueOf(page, "Input.Persons[0].Surname"));
        Assert.Equal("dagobert@", BrowserLikeClient.ValueOf(page, "Input.Persons[0].Email"));
        Assert.Equal("bel mij", BrowserLikeClient.ValueOf(page, "Input.Persons[0].Phone"));
    }

    [Fact]
    public async Task AuthorizationManagers_None_IsRefused_AndCopyTakesTheRepresentative()
    {
        var journey = await JourneyAtAsync("/aanvragen/beheerders");

        var (_, page) = await journey.Client.PostFormAndReadAsync("/aanvragen/beheerders", [new("action", "next")]);
        Assert.Equal("Vul de voorletters in.", BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Initials"));

        var copied = await journey.Client.PostFormAsync("/aanvragen/beheerders", [new("action", "copy:0")]);
        Assert.Equal("/aanvragen/beheerders", copied.Headers.Location?.ToString());
        var filled = await journey.Client.GetPageAsync("/aanvragen/beheerders");
        Assert.Equal(ApplicationJourney.Representative.Surname, BrowserLikeClient.ValueOf(filled, "Input.Persons[0].Surname"));
        Assert.Equal(ApplicationJourney.Representative.Email, BrowserLikeClient.ValueOf(filled, "Input.Persons[0].Email"));
        Assert.Null(filled.QuerySelector("input[name='Input.Persons[1].Surname']"));
    }

    [Fact]
    public async Task Users_ServiceAboveTheChosenLevel_IsRefusedWithTheReason()
    {
        var journey = await JourneyAtAsync("/aanvragen/gebruikers");

        var response = await journey.EnterUsersAsync(ApplicationJourney.User("Hoog", "Werkgeversportaal"));

        var page = await BrowserLikeClient.ReadPageAsync(response);
        var error = page.QuerySelector("#persoon-1 .field-error .error-message")?.TextContent;
        Assert.Equal("De dienst 'Werkgeversportaal' van UWV vraagt minimaal EH3; u vraagt EH2 aan. Kies een hoger niveau of een andere dienst.", error);
        Assert.NotNull(page.QuerySelector("input[name='Input.Persons[0].ServiceIds'][checked]"));
    }

    [Fact]
    public async Task Users_SameEmailTwice_IsRefusedOnTheSecond()
    {
        var journey = await JourneyAtAsync("/aanvragen/gebruikers");
        var first = ApplicationJourney.User("Twee");
        var second = first with { Surname = "Dubbel", Email = " TWEE@example.nl " };

        var response = await journey.EnterUsersAsync(first, second);

        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Null(BrowserLikeClient.ErrorBeside(page, "Input.Persons[0].Email"));
        Assert.Equal("Dit e-mailadres staat al bij een andere gebruiker. Iedere gebruiker heeft een eigen e-mailadres.",
            BrowserLikeClient.ErrorBeside(page, "Input.Persons[1].Email"));
    }

    [Fact]
    public async Task Users_AddAndRemove_KeepWhatWasTyped()
    {
        var journey = await JourneyAtAsync("/aanvragen/gebruikers");

        var added = await journey.Client.PostFormAsync("/aanvragen/gebruikers",
            [new("Input.Persons[0].Surname", "Eerste"), new("action", "add")]);
        Assert.Equal("/aanvragen/gebruikers", added.Headers.Location?.ToString());
        var page = await journey.Client.GetPageAsync("/aanvragen/gebruikers");
        Assert.Equal("Eerste", BrowserLikeClient.ValueOf(page, "Input.Persons[0].Surname"));
        Assert.NotNull(page.QuerySelector("input[name='Input.Persons[1].Surname']"));
        Assert.NotNull(page.QuerySelector("input[name='Input.Persons[1].Initials'][autofocus]"));
        Assert.Single(page.QuerySelectorAll("[autofocus]"));
        Assert.Empty((await journey.Client.GetPageAsync("/aanvragen/gebruikers")).QuerySelectorAll("[autofocus]"));

        await journey.Client.PostFormAsync("/aanvragen/gebruikers",
            [new("Input.Persons[0].Surname", "Eerste"), new("Input.Persons[1].Surname", "Tweede"), new("action", "remove:0")]);
        page = await journey.Client.GetPageAsync("/aanvragen/gebruikers");
        Assert.Equal("Tweede", BrowserLikeClient.ValueOf(page, "Input.Persons[0].Surname"));
        Assert.Null(page.QuerySelector("input[name='Input.Persons[1].Surname']"));
    }

    [Fact]
    public async Task BotTrap_Filled_SavesNothing()
    {
        var client = new ApplicationJourney(factory).Client;
        var response = await client.PostFormAsync("/aanvragen", [new("Input.Level", "EH2"), new("Input.Rush", "None"), new("Website", "http://spam.example"), new("action", "next")]);

        Assert.Equal("/aanvragen", response.Headers.Location?.ToString());
        var organisation = await client.Http.GetAsync("/aanvragen/organisatie");
        Assert.Equal("/aanvragen", organisation.Headers.Location?.ToString());
    }

    /// <summary>A journey with every step before <paramref name="path"/> validly filled in (EH2, Test BV Donald).</summary>
    private async Task<ApplicationJourney> JourneyAtAsync(string path)
    {
        var journey = new ApplicationJourney(factory);
        var steps = new (string Next, Func<Task<HttpResponseMessage>> Step)[]
        {
            ("/aanvragen/organisatie", () => journey.ChooseLevelAsync(AssuranceLevel.EH2)),
            ("/aanvragen/vertegenwoordigers", () => journey.ChooseOrganisationAsync("68750110")),
            ("/aanvragen/beheerders", () => journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative)),
            ("/aanvragen/gebruikers", () => journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative)),
        };
        foreach (var (next, step) in steps)
        {
            ApplicationJourney.AssertMovedTo(next, await step());
            if (next == path)
            {
                return journey;
            }
        }
        throw new ArgumentException($"No step leads to {path}.", nameof(path));
    }
}
