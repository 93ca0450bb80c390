using System.Net;
using System.Text.RegularExpressions;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Beheermodule.IntegrationTests.Registration;

public sealed class FullApplicationTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task ApplyForEh3_OnBranchWithTwoUsers_SavesApplicationAndOffersContract()
    {
        var journey = new ApplicationJourney(factory);
        var statusPath = await journey.ApplyAsync(AssuranceLevel.EH3, "6959 9084", "000038509504",
            [ApplicationJourney.User("Jansen", "Mijn RVO"), ApplicationJourney.User("Pietersen", "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel")]);

        var status = await journey.Client.GetPageAsync(statusPath);
        var reference = status.QuerySelector(".reference")!.TextContent.Trim();
        Assert.Matches(new Regex($@"^EH-{DateTime.UtcNow.Year}-\d{{6}}$"), reference);
        Assert.Contains("Wacht op contract", status.Body!.TextContent);
        Assert.Contains("Wij wachten op uw ondertekende contract", status.Body.TextContent);

        var application = await factory.WithDbAsync(db => db.Applications.Include(a => a.Persons).ThenInclude(p => p.RequestedServices)
            .SingleAsync(a => a.Reference == reference));
        Assert.Equal(ApplicationStatus.AwaitingContract, application.Status);
        Assert.Equal("69599084", application.KvkNumber);
        Assert.Equal("000038509504", application.BranchNumber);
        Assert.Equal("Test EMZ Dagobert", application.OrganisationName);
        Assert.Equal(2, application.PersonsIn(PersonRole.MeansHolder).Count());
        Assert.All(application.PersonsIn(PersonRole.MeansHolder), user => Assert.Single(user.RequestedServices));
        Assert.Equal(2 * 49.50m, application.Fees.MeansTotal);
        // The status link's token is stored only as a hash.
        var token = statusPath["/status/".Length..];
        Assert.NotEqual(token, application.StatusTokenHash);
        Assert.DoesNotContain(token, application.StatusTokenProtected);

        var contract = await journey.Client.Http.GetAsync($"{statusPath}/contract");
        Assert.Equal(HttpStatusCode.OK, contract.StatusCode);
        Assert.Equal("application/pdf", contract.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await contract.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        Assert.Contains("69599084", text);
        Assert.Contains("000038509504", text);
        Assert.Contains("Jansen", text);
        Assert.Contains("Pietersen", text);
        Assert.Contains(reference, text);
    }

    [Fact]
    public async Task Submit_Eh2_MailsEveryLegalRepresentativeTheStatusLinkAndAudits()
    {
        var journey = new ApplicationJourney(factory);
        var statusPath = await journey.ApplyAsync(AssuranceLevel.EH2, "68750110", null,
            [ApplicationJourney.User("Mailtest", "het ondertekenen van e-Formulieren")], jointly: true);
        var reference = (await journey.Client.GetPageAsync(statusPath)).QuerySelector(".reference")!.TextContent.Trim();

        var mails = (await factory.DeliveredMailAsync()).Where(m => m.Subject?.Contains(reference) == true).ToList();
        Assert.Equal(2, mails.Count);
        Assert.Contains(mails, m => m.To.Mailboxes.Single().Address == ApplicationJourney.Representative.Email);
        Assert.Contains(mails, m => m.To.Mailboxes.Single().Address == ApplicationJourney.SecondRepresentative.Email);
        Assert.All(mails, m => Assert.Contains($"{BeheermoduleFactory.PublicBaseUrl}{statusPath}", m.TextBody ?? ""));

        var events = await factory.WithDbAsync(db => db.AuditEvents.Where(e => e.ApplicationReference == reference).ToListAsync());
        Assert.Contains(events, e => e.Action == "application.submitted");
        Assert.All(events, e => Assert.DoesNotContain(statusPath["/status/".Length..], e.Details ?? ""));
    }

    [Fact]
    public async Task Submit_RemovesTheDraft_SoTheWizardStartsAfresh()
    {
        var journey = new ApplicationJourney(factory);
        await journey.ApplyAsync(AssuranceLevel.EH2, "69599068", null, [ApplicationJourney.User("Opnieuw", "het ondertekenen van e-Formulieren")]);

        var again = await journey.Client.GetPageAsync("/aanvragen");
        Assert.Null(again.QuerySelector("input[name='Input.Level'][checked]"));
        var organisation = await journey.Client.Http.GetAsync("/aanvragen/organisatie");
        Assert.Equal("/aanvragen", organisation.Headers.Location?.ToString());
    }

    [Fact]
    public async Task Summary_ShowsFeesWithAndWithoutVat_ForRush()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2Plus, rush: "Courier"));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync("68750110"));
        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers", await journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(ApplicationJourney.User("Kosten", "MijnOverheid Berichtenbox voor bedrijven")));

        var summary = (await journey.Client.GetPageAsync("/aanvragen/overzicht")).Body!.TextContent;
        // 39,50 + 40 rush + 35 courier = 114,50; VAT 24,05; total 138,55 (default tariff).
        Assert.Contains("€ 114,50", summary);
        Assert.Contains("€ 24,05", summary);
        Assert.Contains("€ 138,55", summary);
        Assert.Contains("Koerierskosten", summary);
    }

    [Fact]
    public async Task Submit_WithoutConsent_IsRefusedBesideTheCheckbox()
    {
        var journey = new ApplicationJourney(factory);
        ApplicationJourney.AssertMovedTo("/aanvragen/organisatie", await journey.ChooseLevelAsync(AssuranceLevel.EH2));
        ApplicationJourney.AssertMovedTo("/aanvragen/vertegenwoordigers", await journey.ChooseOrganisationAsync("68750110"));
        ApplicationJourney.AssertMovedTo("/aanvragen/beheerders", await journey.EnterLegalRepresentativesAsync(false, ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/gebruikers", await journey.EnterAuthorizationManagersAsync(ApplicationJourney.Representative));
        ApplicationJourney.AssertMovedTo("/aanvragen/overzicht", await journey.EnterUsersAsync(ApplicationJourney.User("Akkoord", "het ondertekenen van e-Formulieren")));
        var before = await factory.WithDbAsync(db => db.Applications.CountAsync());

        var (response, page) = await journey.Client.PostFormAndReadAsync("/aanvragen/overzicht", [new("action", "next")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Ga akkoord met de voorwaarden om de aanvraag in te dienen.", BrowserLikeClient.ErrorBeside(page, "AcceptTerms"));
        Assert.Equal(before, await factory.WithDbAsync(db => db.Applications.CountAsync()));
    }
}
