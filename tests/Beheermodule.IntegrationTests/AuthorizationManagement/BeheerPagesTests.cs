using System.Net;
using System.Text;
using AngleSharp.Html.Dom;
using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.AuthorizationManagement;

/// <summary>The beheermodule's pages: who gets in, one organisation's data only, granting, revoking and the CSV export.</summary>
public sealed class BeheerPagesTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private Task<SignedInBeheerder> BeheerderAsync() => Beheerders.SignInAsync(factory);

    private async Task<int> ColleagueAsync(int organisationId, AssuranceLevel level, string surname)
    {
        var organisation = await factory.WithDbAsync(db => db.Organisations.SingleAsync(o => o.Id == organisationId));
        var applicationId = await factory.WithDbAsync(db => db.Means.Where(m => m.OrganisationId == organisationId).Select(m => m.ApplicationId).FirstAsync());
        var means = new Core.Organisations.Means
        {
            OrganisationId = organisation.Id, Level = level, Status = Core.Organisations.MeansStatus.Active, ApplicationId = applicationId,
            HolderInitials = "K.", HolderSurname = surname, HolderEmail = $"{surname.ToLowerInvariant()}@example.nl", CreatedAt = factory.Clock.GetUtcNow().UtcDateTime,
        };
        await factory.WithDbAsync(db => { db.Means.Add(means); return db.SaveChangesAsync(); });
        return means.Id;
    }

    private Task<int> ServiceIdAsync(string name) => factory.WithDbAsync(db => db.Services.Where(s => s.Name == name).Select(s => s.Id).SingleAsync());

    private static async Task<HttpResponseMessage> PostOnOverviewAsync(SignedInBeheerder beheerder, string handler, int authorizationId, params KeyValuePair<string, string>[] fields)
    {
        var page = await beheerder.Client.GetPageAsync($"/beheer/{beheerder.OrganisationId}");
        var form = page.QuerySelectorAll($"tr.machtiging[data-id='{authorizationId}'] form")
            .Single(f => f.GetAttribute("action")!.Contains($"handler={handler}"));
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return await beheerder.Client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(hidden.Concat(fields)));
    }

    [Fact]
    public async Task Anonymous_IsSentToLogIn_AndAPasswordOnlySession_IsNotLetIn()
    {
        var anonymous = await factory.CreateBrowserClient().GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/inloggen", anonymous.Headers.Location!.AbsolutePath);

        var eh2 = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.Equal("/", (await SignInAccounts.PostPasswordAsync(client, eh2.UserName)).Headers.Location!.OriginalString);
        var passwordOnly = await client.Http.GetAsync("/beheer");
        Assert.Equal(HttpStatusCode.Redirect, passwordOnly.StatusCode);
        Assert.Contains("geen-toegang", passwordOnly.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ABeheerder_GoesStraightToTheirOrganisation_AndAnotherAnswers404()
    {
        var mine = await BeheerderAsync();
        var theirs = await BeheerderAsync();

        var start = await mine.Client.Http.GetAsync("/beheer");
        Assert.Equal($"/beheer/{mine.OrganisationId}", start.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.Http.GetAsync($"/beheer/{theirs.OrganisationId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.Http.GetAsync($"/beheer/{theirs.OrganisationId}/machtiging-geven")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await mine.Client.Http.GetAsync($"/beheer/{theirs.OrganisationId}?handler=Export")).StatusCode);
    }

    [Fact]
    public async Task AHolderWithoutTheRole_IsToldHowToGetIt()
    {
        var holder = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var client = await SignInAccounts.SignInWithCodeAsync(factory, holder);

        var page = await client.GetPageAsync("/beheer");

        Assert.Contains("geen machtigingenbeheerder", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task Granting_ThroughTheForm_ShowsTheMachtigingInTheOverview_ThenRevokingEndsIt()
    {
        var beheerder = await BeheerderAsync();
        var colleague = await ColleagueAsync(beheerder.OrganisationId, AssuranceLevel.EH3, "Rvocollega");
        var grantPath = $"/beheer/{beheerder.OrganisationId}/machtiging-geven?middel={colleague}";
        var form = await beheerder.Client.GetPageAsync(grantPath);
        Assert.Equal(factory.DateInput(), BrowserLikeClient.ValueOf(form, "Input.StartsOn"));

        var response = await beheerder.Client.PostFormAsync(grantPath,
        [
            new("Input.MeansId", colleague.ToString()), new("Input.Service", (await ServiceIdAsync("Mijn RVO")).ToString()),
            new("Input.Years", "3"), new("Input.StartsOn", factory.DateInput()),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var overview = await beheerder.Client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("De machtiging is gegeven", overview.QuerySelector("#message")!.TextContent);
        var section = overview.QuerySelectorAll("section.holder").Single(s => s.TextContent.Contains("Rvocollega"));
        Assert.Contains("RVO: Mijn RVO", section.TextContent);
        var id = await factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == colleague).Select(a => a.Id).SingleAsync());

        var revoked = await PostOnOverviewAsync(beheerder, "Revoke", id);

        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        Assert.Equal(AuthorizationStatus.Revoked, await factory.WithDbAsync(db => db.Authorizations.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        var after = await beheerder.Client.GetPageAsync(revoked.Headers.Location!.OriginalString);
        Assert.Contains("ingetrokken", after.QuerySelector("#message")!.TextContent);
        Assert.Null(after.QuerySelector($"tr.machtiging[data-id='{id}']"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "authorization.revoked" && e.Actor == $"account:{beheerder.Account.UserName}")));
    }

    [Fact]
    public async Task AServiceAboveTheColleaguesLevel_IsRefusedBesideTheField_KeepingWhatWasChosen()
    {
        var beheerder = await BeheerderAsync();
        var colleague = await ColleagueAsync(beheerder.OrganisationId, AssuranceLevel.EH2, "Laagcollega");
        var rvo = (await ServiceIdAsync("Mijn RVO")).ToString();

        var (response, page) = await beheerder.Client.PostFormAndReadAsync($"/beheer/{beheerder.OrganisationId}/machtiging-geven",
        [
            new("Input.MeansId", colleague.ToString()), new("Input.Service", rvo), new("Input.Years", "5"),
            new("Input.StartsOn", factory.DateInput()),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("minimaal niveau EH3", BrowserLikeClient.ErrorBeside(page, "Input.Service"));
        Assert.Equal(rvo, (page.QuerySelector("select[name='Input.Service'] option[selected]") as IHtmlOptionElement)?.Value);
        Assert.Equal(colleague.ToString(), (page.QuerySelector("select[name='Input.MeansId'] option[selected]") as IHtmlOptionElement)?.Value);
        Assert.NotNull(page.QuerySelector("#jaren-5[checked]"));
    }

    [Fact]
    public async Task RenewingAndEndingOnADate_ThroughTheOverview_MoveTheLastDay()
    {
        var beheerder = await BeheerderAsync();
        var colleague = await ColleagueAsync(beheerder.OrganisationId, AssuranceLevel.EH3, "Verlengcollega");
        var today = DutchDates.Today(factory.Clock);
        var id = await GrantThroughTheFormAsync(beheerder, colleague, "Mijn RVO", years: 1);

        var renewed = await PostOnOverviewAsync(beheerder, "Renew", id, new KeyValuePair<string, string>("Years", "3"));
        Assert.Equal(HttpStatusCode.Redirect, renewed.StatusCode);
        Assert.Equal(today.AddYears(4).AddDays(-1), (await StoredAsync(id)).ValidUntil);

        var tooFar = await PostOnOverviewAsync(beheerder, "Renew", id, new KeyValuePair<string, string>("Years", "3"));
        var refusal = await beheerder.Client.GetPageAsync(tooFar.Headers.Location!.OriginalString);
        Assert.Contains("hoogstens 5 jaar", refusal.QuerySelector(".alert-error #message")!.TextContent);

        var lastDay = today.AddMonths(1);
        var ended = await PostOnOverviewAsync(beheerder, "EndOn", id, new KeyValuePair<string, string>("LastDay", lastDay.ToString("yyyy-MM-dd")));
        Assert.Contains($"stopt na {DutchDates.Format(lastDay)}", (await beheerder.Client.GetPageAsync(ended.Headers.Location!.OriginalString)).QuerySelector("#message")!.TextContent);
        Assert.Equal(lastDay, (await StoredAsync(id)).ValidUntil);
    }

    [Fact]
    public async Task TheBeheerderRole_IsGivenAndTaken_ThroughTheOverview_ButNotFromTheLastOne()
    {
        var beheerder = await BeheerderAsync();
        var colleague = await ColleagueAsync(beheerder.OrganisationId, AssuranceLevel.EH3, "Rolcollega");
        var overview = await beheerder.Client.GetPageAsync($"/beheer/{beheerder.OrganisationId}");
        var ownRole = await factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == beheerder.MeansId && a.IsManagerRole).Select(a => a.Id).SingleAsync());

        var last = await PostOnOverviewAsync(beheerder, "TakeManagerRole", ownRole);
        Assert.Equal(AuthorizationChanges.LastManager, (await beheerder.Client.GetPageAsync(last.Headers.Location!.OriginalString)).QuerySelector("#message")!.TextContent);

        var give = overview.QuerySelectorAll("section.holder").Single(s => s.TextContent.Contains("Rolcollega")).QuerySelector("form[action*='handler=GiveManagerRole']")!;
        var fields = give.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        var given = await beheerder.Client.Http.PostAsync(give.GetAttribute("action"), new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Authorizations.AnyAsync(a => a.MeansId == colleague && a.IsManagerRole && a.Status == AuthorizationStatus.Active)));

        Assert.Equal(HttpStatusCode.Redirect, (await PostOnOverviewAsync(beheerder, "TakeManagerRole", ownRole)).StatusCode);
        Assert.Equal(AuthorizationStatus.Revoked, (await StoredAsync(ownRole)).Status);
    }

    [Fact]
    public async Task AVestigingForAServiceThatRefusesThem_IsConfirmedFirst_OnThePage()
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var means = await factory.WithDbAsync(db => db.Means.Include(m => m.Organisation).SingleAsync(m => m.UserAccountId == account.Id));
        // The embedded KvK registry knows this company's vestigingen.
        await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == means.OrganisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.KvkNumber, "69599084")));
        var beheerder = await Beheerders.SignInAsync(factory, account, means);
        var path = $"/beheer/{beheerder.OrganisationId}/machtiging-geven";
        var uwv = (await ServiceIdAsync("Werkgeversportaal")).ToString();
        KeyValuePair<string, string>[] fields =
        [
            new("Input.MeansId", means.Id.ToString()), new("Input.Service", uwv), new("Input.Years", "1"),
            new("Input.StartsOn", factory.DateInput()), new("Input.BranchNumber", "000038509520"),
        ];

        var (response, page) = await beheerder.Client.PostFormAndReadAsync(path, fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("weigert machtigingen die beperkt zijn tot één vestiging", page.QuerySelector("#warning")!.TextContent);
        Assert.Equal("000038509520", BrowserLikeClient.ValueOf(page, "Input.BranchNumber"));
        Assert.False(await factory.WithDbAsync(db => db.Authorizations.AnyAsync(a => a.MeansId == means.Id && !a.IsManagerRole)));

        var confirmed = await beheerder.Client.PostFormAsync(path, [.. fields, new("Input.BranchWarningAccepted", "true")]);
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("000038509520", await factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == means.Id && !a.IsManagerRole).Select(a => a.BranchNumber).SingleAsync()));
    }

    [Fact]
    public async Task AllServices_WithoutALevel_IsAskedForBesideTheLevelField()
    {
        var beheerder = await BeheerderAsync();

        var (_, page) = await beheerder.Client.PostFormAndReadAsync($"/beheer/{beheerder.OrganisationId}/machtiging-geven",
        [
            new("Input.MeansId", beheerder.MeansId.ToString()), new("Input.Service", "alle"), new("Input.Years", "1"),
            new("Input.StartsOn", factory.DateInput()),
        ]);

        Assert.Equal("Kies tot en met welk niveau.", BrowserLikeClient.ErrorBeside(page, "Input.AllServicesUpTo"));
    }

    private async Task<int> GrantThroughTheFormAsync(SignedInBeheerder beheerder, int meansId, string service, int years)
    {
        var response = await beheerder.Client.PostFormAsync($"/beheer/{beheerder.OrganisationId}/machtiging-geven",
        [
            new("Input.MeansId", meansId.ToString()), new("Input.Service", (await ServiceIdAsync(service)).ToString()),
            new("Input.Years", years.ToString()), new("Input.StartsOn", factory.DateInput()),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await factory.WithDbAsync(db => db.Authorizations.Where(a => a.MeansId == meansId && !a.IsManagerRole).Select(a => a.Id).SingleAsync());
    }

    private Task<Core.Authorizations.Authorization> StoredAsync(int id) => factory.WithDbAsync(db => db.Authorizations.AsNoTracking().SingleAsync(a => a.Id == id));

    [Fact]
    public async Task TheExport_HoldsOnlyThisOrganisation_AndDefusesFormulas()
    {
        var beheerder = await BeheerderAsync();
        await ColleagueAsync(beheerder.OrganisationId, AssuranceLevel.EH3, "=Formule");
        var other = await BeheerderAsync();
        await ColleagueAsync(other.OrganisationId, AssuranceLevel.EH3, "Vreemdeling");

        var response = await beheerder.Client.Http.GetAsync($"/beheer/{beheerder.OrganisationId}?handler=Export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFnaam;e-mailadres;niveau", csv);
        Assert.Contains(";'=formule@example.nl;", csv);
        Assert.DoesNotContain(";=formule@", csv);
        Assert.Contains("Machtigingenbeheerder", csv);
        Assert.DoesNotContain("Vreemdeling", csv);
    }
}
