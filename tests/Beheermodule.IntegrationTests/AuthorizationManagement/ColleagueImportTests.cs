using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>New colleagues from a CSV file: a preview with an error per row, and nothing imported unless every row is valid.</summary>
public sealed class ColleagueImportTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string Header = "voorletters;achternaam;e-mailadres;mobiel;geboortedatum;diensten";

    private static string PathOf(SignedInBeheerder beheerder) => $"/beheer/{beheerder.OrganisationId}/collegas-importeren";

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PostAsync(SignedInBeheerder beheerder, string handler, string csv, string level = "EH3")
    {
        var form = await beheerder.Client.GetPageAsync(PathOf(beheerder));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await beheerder.Client.Http.PostAsync($"{PathOf(beheerder)}?handler={handler}", new FormUrlEncodedContent(
            [new("Level", level), new("Text", csv), new("__RequestVerificationToken", token)]));
        return (response, await BrowserLikeClient.ReadPageAsync(response));
    }

    private static string[] ErrorsOnLine(IHtmlDocument page, int line) =>
        page.QuerySelectorAll($"tr#regel-{line} li.error-message").Select(e => e.TextContent.Trim()).ToArray();

    private Task<int> DraftCountAsync() => factory.WithDbAsync(db => db.ApplicationDrafts.CountAsync());

    [Fact]
    public async Task AValidFile_ShowsEveryRowInOrder_AndImportOpensTheSummaryOfTheNormalApplication()
    {
        var beheerder = await Beheerders.OfRegisteredCompanyAsync(factory, "69599084");
        var csv = "\uFEFF" + Header + "\r\n"
            + "J.;Jansen;j.jansen@example.nl;06 1234 5678;31-12-1980;Mijn RVO|" + ServiceCatalogueSeed.MijnOverijssel + "\r\n"
            + "\"P.R.\";\"de Vries\";p.devries@example.nl;+31 6 8765 4321;1975-04-01;\r\n";

        var (preview, page) = await PostAsync(beheerder, "Preview", csv);

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Alle 2 regels kloppen", page.QuerySelector("#import-status")!.TextContent);
        Assert.Empty(ErrorsOnLine(page, 2));
        Assert.Contains("Mijn RVO", page.QuerySelector("tr#regel-2")!.TextContent);
        Assert.Contains("MijnOverijssel", page.QuerySelector("tr#regel-2")!.TextContent);
        Assert.Contains("de Vries", page.QuerySelector("tr#regel-3")!.TextContent);
        Assert.NotNull(page.QuerySelector("button[formaction*='handler=Import']"));

        var (import, _) = await PostAsync(beheerder, "Import", csv);
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", import);
        var statusPath = await new ApplicationJourney(factory, beheerder.Client).SubmitAsync();
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var application = await factory.WithDbAsync(db => db.Applications
            .Include(a => a.Persons).ThenInclude(p => p.RequestedServices).ThenInclude(r => r.Service).SingleAsync(a => a.Id == id));
        var users = application.PersonsIn(PersonRole.MeansHolder).ToList();
        Assert.Equal(["Jansen", "de Vries"], users.Select(u => u.Surname));
        Assert.Equal(("P.R.", "+31687654321", new DateOnly(1975, 4, 1)), (users[1].Initials, users[1].Phone, users[1].DateOfBirth));
        Assert.Equal(["Mijn RVO", "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel"],
            users[0].RequestedServices.Select(r => r.Service.Name).Order());
        Assert.Empty(users[1].RequestedServices);
        Assert.Equal("69599084", application.KvkNumber);
    }

    [Fact]
    public async Task OneBadRow_GetsItsOwnMessages_AndNothingIsImported_EvenWhenImportIsPostedAnyway()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var csv = Header + "\n"
            + "J.;Jansen;j.jansen@example.nl;06 1234 5678;31-12-1980;Mijn RVO\n"
            + "K.;Klaassen;geen-adres;020 123 4567;31-02-1980;Bestaat Niet\n"
            + "L.;Lubbers;l.lubbers@example.nl;06 1111 2222;1-1-1990;\n";
        var drafts = await DraftCountAsync();

        var (_, page) = await PostAsync(beheerder, "Preview", csv);

        Assert.Contains("1 van de 3 regels klopt niet", page.QuerySelector("#import-status")!.TextContent);
        Assert.Empty(ErrorsOnLine(page, 2));
        Assert.Empty(ErrorsOnLine(page, 4));
        var errors = ErrorsOnLine(page, 3);
        Assert.Contains(errors, e => e.Contains("geldig e-mailadres"));
        Assert.Contains(errors, e => e.Contains("mobiel nummer"));
        Assert.Contains(errors, e => e.Contains("geboortedatum"));
        Assert.Contains(errors, e => e.Contains("'Bestaat Niet' staat niet in de catalogus"));
        Assert.Null(page.QuerySelector("button[formaction*='handler=Import']"));
        Assert.Equal(csv, page.QuerySelector("textarea[name=Text]")!.TextContent.ReplaceLineEndings("\n").TrimStart('\n'));

        var (import, _) = await PostAsync(beheerder, "Import", csv);
        Assert.Equal(HttpStatusCode.OK, import.StatusCode);
        Assert.Equal(drafts, await DraftCountAsync());
        Assert.False(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "beheer.colleague-application-started" && e.Actor == $"account:{beheerder.Account.UserName}")));
    }

    [Fact]
    public async Task Duplicates_InTheFileAndOfExistingHolders_AreRefusedPerRow()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var existing = beheerder.Account.UserName + "@example.nl";
        var csv = Header + "\n"
            + "J.;Jansen;j.jansen@example.nl;0612345678;1980-12-31;\n"
            + "J.;Jansen;J.Jansen@Example.nl;0612345679;1980-12-31;\n"
            + $"H.;Houder;{existing};0612345670;1980-02-03;\n";

        var (_, page) = await PostAsync(beheerder, "Preview", csv);

        Assert.Empty(ErrorsOnLine(page, 2));
        Assert.Contains(ErrorsOnLine(page, 3), e => e.Contains("staat ook op regel 2"));
        Assert.Contains(ErrorsOnLine(page, 4), e => e.Contains("heeft al een middel"));
        Assert.Null(page.QuerySelector("button[formaction*='handler=Import']"));
    }

    [Fact]
    public async Task TheAddressOfSomeoneAtAnotherOrganisation_IsRefusedOnItsRow()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var elsewhere = await Accounts.SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: false);
        var csv = Header + "\n" + $"P.;Pietersen;{elsewhere.Email};0612345671;1985-04-05;\n";

        var (_, page) = await PostAsync(beheerder, "Preview", csv);

        Assert.Contains(ErrorsOnLine(page, 2), e => e == $"{elsewhere.Email} hoort bij iemand anders dan P. Pietersen. Ieder persoon heeft een eigen e-mailadres.");
        Assert.Null(page.QuerySelector("button[formaction*='handler=Import']"));
    }

    [Fact]
    public async Task AServiceAboveTheLevel_IsRefused_AndTheSameFileAtAHigherLevelPasses()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var csv = Header + "\nJ.;Jansen;j.jansen@example.nl;0612345678;1980-12-31;UWV: Werkgeversportaal\n";

        var (_, low) = await PostAsync(beheerder, "Preview", csv, level: "EH2");
        var (_, high) = await PostAsync(beheerder, "Preview", csv, level: "EH3");

        Assert.Contains(ErrorsOnLine(low, 2), e => e.Contains("vraagt minimaal EH3; u vraagt EH2 aan"));
        Assert.Empty(ErrorsOnLine(high, 2));
    }

    [Theory]
    [InlineData("", "Het bestand is leeg")]
    [InlineData("naam;e-mail\nJansen;j@example.nl", "Ontbreekt: voorletters, achternaam, e-mailadres, mobiel, geboortedatum, diensten")]
    [InlineData(Header + "\n", "alleen de kolomnamen")]
    public async Task AFileThatIsNotAColleagueList_GetsAMessageBesideTheText(string csv, string message)
    {
        var beheerder = await Beheerders.SignInAsync(factory);

        var (response, page) = await PostAsync(beheerder, "Preview", csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, BrowserLikeClient.ErrorBeside(page, "Text"));
    }

    [Fact]
    public async Task AnUploadedFile_IsReadIntoTheTextBox_SoItCanBeCorrectedThere()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var form = await beheerder.Client.GetPageAsync(PathOf(beheerder));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var csv = Header + "\nJ.;Jansen;j.jansen@example.nl;0612345678;1980-12-31;\n";
        using var content = new MultipartFormDataContent
        {
            { new StringContent("EH3"), "Level" },
            { new StringContent(""), "Text" },
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray()), "Upload", "collegas.csv" },
        };

        var response = await beheerder.Client.Http.PostAsync($"{PathOf(beheerder)}?handler=Preview", content);
        var page = await BrowserLikeClient.ReadPageAsync(response);

        Assert.Contains("De regel klopt", page.QuerySelector("#import-status")!.TextContent);
        Assert.Contains("j.jansen@example.nl", page.QuerySelector("textarea[name=Text]")!.TextContent);
    }

    [Fact]
    public async Task TheExampleFile_ReadsBackWithoutErrors()
    {
        var beheerder = await Beheerders.SignInAsync(factory);
        var example = await beheerder.Client.Http.GetAsync($"{PathOf(beheerder)}?handler=Example");
        Assert.Equal("text/csv", example.Content.Headers.ContentType!.MediaType);

        var (_, page) = await PostAsync(beheerder, "Preview", await example.Content.ReadAsStringAsync());

        Assert.Contains("Alle 2 regels kloppen", page.QuerySelector("#import-status")!.TextContent);
    }
}
