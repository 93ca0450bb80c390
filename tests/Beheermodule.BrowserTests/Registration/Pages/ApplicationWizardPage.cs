using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Beheermodule.BrowserTests.Registration.Pages;

/// <summary>A person as the applicant types them in; the date as yyyy-MM-dd, the value of a date input.</summary>
public sealed record ApplicantPerson(string Initials, string Surname, string DateOfBirth, string Email, string Phone);

/// <summary>
/// The application wizard (/aanvragen ... /aanvragen/overzicht), spoken to as a person would: by the labels and
/// button texts on the screen. Filling in never moves on; <see cref="NextStepAsync"/> does, and fails with the
/// messages the page shows when it does not.
/// </summary>
public sealed class ApplicationWizardPage(IPage page)
{
    private static readonly string[] StepPaths =
    [
        "/aanvragen", "/aanvragen/organisatie", "/aanvragen/vertegenwoordigers", "/aanvragen/beheerders",
        "/aanvragen/gebruikers", "/aanvragen/overzicht",
    ];

    public IPage Page => page;

    public async Task StartAsync()
    {
        await page.GotoAsync("/aanvragen");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Welk niveau vraagt u aan?" })).ToBeVisibleAsync();
    }

    /// <summary>Chooses the level card whose name is <paramref name="level"/> (EH1, EH2, EH2+, EH3, EH4).</summary>
    public async Task ChooseLevelAsync(string level)
    {
        await page.GetByRole(AriaRole.Radio, new() { Name = level, Exact = true }).CheckAsync();
    }

    /// <summary>Ticks "opwaardering": the users are compared with the company's means in use (rule 13).</summary>
    public Task MarkAsUpgradeAsync() =>
        page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Dit is een opwaardering") }).CheckAsync();

    public Task ChooseSameDayRushAsync() =>
        page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Spoed: vandaag verwerken") }).CheckAsync();

    public async Task LookUpOrganisationAsync(string kvkNumber)
    {
        await page.GetByLabel("KvK-nummer", new() { Exact = true }).FillAsync(kvkNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opzoeken", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Waarop registreren?" })).ToBeVisibleAsync();
    }

    public Task RegisterOnKvkNumberAsync() =>
        page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Op het KvK-nummer") }).CheckAsync();

    public async Task RegisterOnBranchAsync(string branchNumber)
    {
        await page.GetByRole(AriaRole.Radio, new() { NameRegex = new Regex("^Op één vestiging") }).CheckAsync();
        await page.GetByLabel("Vestigingsnummer", new() { Exact = true }).FillAsync(branchNumber);
    }

    /// <summary>Fills in the first empty "Wettelijk vertegenwoordiger n", adding one when all are filled.</summary>
    public Task AddLegalRepresentativeAsync(ApplicantPerson person) =>
        AddPersonAsync("Wettelijk vertegenwoordiger", "Nog een wettelijk vertegenwoordiger toevoegen", person, phoneLabel: "Telefoonnummer");

    public Task AddAuthorizationManagerAsync(ApplicantPerson person) =>
        AddPersonAsync("Machtigingenbeheerder", "Nog een machtigingenbeheerder toevoegen", person, phoneLabel: "Telefoonnummer");

    /// <summary>The legal representative is also the authorization manager: "Gegevens van ... overnemen".</summary>
    public async Task CopyRepresentativeAsManagerAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Gegevens van .+ overnemen$") }).First.ClickAsync();
        await Expect(PersonGroup("Machtigingenbeheerder", 1).GetByLabel("Achternaam", new() { Exact = true })).Not.ToHaveValueAsync("");
    }

    /// <summary>
    /// Fills in the first empty "Gebruiker n" (adding one when all are filled) and ticks its services, each named
    /// by the start of its label: "RVO: Mijn RVO".
    /// </summary>
    public async Task AddUserAsync(ApplicantPerson user, params string[] services)
    {
        var number = await AddPersonAsync("Gebruiker", "Nog een gebruiker toevoegen", user, phoneLabel: "Mobiel nummer");
        var serviceGroup = page.GetByRole(AriaRole.Group, new() { Name = $"Diensten voor gebruiker {number}", Exact = true });
        foreach (var service in services)
        {
            await serviceGroup.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex($"^{Regex.Escape(service)}") }).CheckAsync();
        }
    }

    /// <summary>"Volgende stap" (or "Naar het overzicht"), and waits for the next step of the wizard.</summary>
    public async Task NextStepAsync()
    {
        var path = new Uri(page.Url).AbsolutePath;
        var index = Array.IndexOf(StepPaths, path);
        if (index < 0 || index == StepPaths.Length - 1)
        {
            throw new InvalidOperationException($"Not on a wizard step with a next one: {page.Url}");
        }
        var next = StepPaths[index + 1];
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^(Volgende stap|Naar het overzicht)$") }).ClickAsync();
        await WaitForPathAsync(next);
    }

    /// <summary>Accepts the terms on the summary, submits, and returns the status page it lands on.</summary>
    public async Task<StatusPage> SubmitAsync()
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Controleer uw aanvraag" })).ToBeVisibleAsync();
        var problems = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "nog niet compleet" });
        if (await problems.CountAsync() > 0)
        {
            throw new Xunit.Sdk.XunitException($"The summary says the application is incomplete: {await problems.InnerTextAsync()}");
        }
        await page.GetByLabel(new Regex("^Ik ga akkoord met de algemene voorwaarden")).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag indienen", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/status/[^/?#]+"));
        return new StatusPage(page);
    }

    private async Task<int> AddPersonAsync(string legend, string addButton, ApplicantPerson person, string phoneLabel)
    {
        var number = await FirstEmptyPersonAsync(legend);
        if (number is null)
        {
            var count = await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{legend} \\d+$") }).CountAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = addButton, Exact = true }).ClickAsync();
            number = count + 1;
            await Expect(PersonGroup(legend, number.Value)).ToBeVisibleAsync();
        }
        var group = PersonGroup(legend, number.Value);
        await group.GetByLabel("Voorletters", new() { Exact = true }).FillAsync(person.Initials);
        await group.GetByLabel("Achternaam", new() { Exact = true }).FillAsync(person.Surname);
        await group.GetByLabel("Geboortedatum", new() { Exact = true }).FillAsync(person.DateOfBirth);
        await group.GetByLabel("E-mailadres", new() { Exact = true }).FillAsync(person.Email);
        await group.GetByLabel(phoneLabel, new() { Exact = true }).FillAsync(person.Phone);
        return number.Value;
    }

    private async Task<int?> FirstEmptyPersonAsync(string legend)
    {
        var count = await page.GetByRole(AriaRole.Group, new() { NameRegex = new Regex($"^{legend} \\d+$") }).CountAsync();
        for (var number = 1; number <= count; number++)
        {
            if (await PersonGroup(legend, number).GetByLabel("Achternaam", new() { Exact = true }).InputValueAsync() == "")
            {
                return number;
            }
        }
        return null;
    }

    private ILocator PersonGroup(string legend, int number) =>
        page.GetByRole(AriaRole.Group, new() { Name = $"{legend} {number}", Exact = true });

    /// <summary>
    /// Waits for the next step generously: the browser journeys run beside the other test projects, and the first
    /// post to a cold app under that load can take well over the default quarter minute. A real refusal shows at once.
    /// </summary>
    private async Task WaitForPathAsync(string path)
    {
        try
        {
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == path, new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            var errors = await page.Locator(".error-message").AllInnerTextsAsync();
            throw new Xunit.Sdk.XunitException(
                $"Expected to move on to {path}, but stayed on {page.Url}. The page says: {string.Join(" | ", errors.Where(e => e.Trim().Length > 0))}");
        }
    }
}
