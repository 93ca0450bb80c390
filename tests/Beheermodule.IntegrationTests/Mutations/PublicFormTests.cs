using System.Net;
using Beheermodule.Core.Mutations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Beheermodule.IntegrationTests.Mutations.MutationJourney;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>The public form /mutaties: Dutch messages beside the fields, and one answer whatever pair is given.</summary>
public sealed class PublicFormTests(MutationFactory factory) : IClassFixture<MutationFactory>
{
    [Fact]
    public async Task Submit_WithWrongFields_ShowsDutchMessagesBesideThem_AndKeepsWhatWasTyped()
    {
        var journey = new MutationJourney(factory);

        var (response, page) = await journey.Client.PostFormAndReadAsync("/mutaties",
            [Field("Input.KvkNumber", "1234"), Field("Input.HolderEmail", "geen-adres"), Field("Input.Remark", "Graag snel")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies wat u wilt wijzigen.", BrowserLikeClient.ErrorBeside(page, "Input.Kind"));
        Assert.NotNull(BrowserLikeClient.ErrorBeside(page, "Input.KvkNumber"));
        Assert.Equal("Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl.", BrowserLikeClient.ErrorBeside(page, "Input.HolderEmail"));
        Assert.Equal("1234", BrowserLikeClient.ValueOf(page, "Input.KvkNumber"));
        Assert.Equal("geen-adres", BrowserLikeClient.ValueOf(page, "Input.HolderEmail"));
        Assert.Equal("Graag snel", page.QuerySelector("textarea[name='Input.Remark']")!.TextContent.Trim());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Mutations.CountAsync(m => m.KvkNumber == "1234")));
    }

    [Fact]
    public async Task EndMeans_WithoutOrWithAPastDate_IsRefusedBesideTheDate()
    {
        var journey = new MutationJourney(factory);
        var yesterday = factory.DateInput(-1);

        var (_, missing) = await journey.Client.PostFormAndReadAsync("/mutaties",
            [Field("Input.Kind", "EndMeans"), Field("Input.KvkNumber", "68750110"), Field("Input.HolderEmail", "iemand@example.nl")]);
        var (_, past) = await journey.Client.PostFormAndReadAsync("/mutaties",
            [Field("Input.Kind", "EndMeans"), Field("Input.KvkNumber", "68750110"), Field("Input.HolderEmail", "iemand@example.nl"), Field("Input.EndDate", yesterday)]);

        Assert.Equal("Vul de datum in waarop het middel moet eindigen.", BrowserLikeClient.ErrorBeside(missing, "Input.EndDate"));
        Assert.Equal(EndDateRule.PastMessage, BrowserLikeClient.ErrorBeside(past, "Input.EndDate"));
        Assert.Equal(yesterday, BrowserLikeClient.ValueOf(past, "Input.EndDate"));
    }

    [Fact]
    public async Task NewKvkNumber_SameAsTheCurrentOne_IsRefused()
    {
        var (_, page) = await new MutationJourney(factory).Client.PostFormAndReadAsync("/mutaties",
            [Field("Input.Kind", "NewKvkNumber"), Field("Input.KvkNumber", "68750110"), Field("Input.HolderEmail", "iemand@example.nl"), Field("Input.NewKvkNumber", "68750110")]);

        Assert.StartsWith("Het nieuwe KvK-nummer is gelijk aan het huidige", BrowserLikeClient.ErrorBeside(page, "Input.NewKvkNumber"));
    }

    [Fact]
    public async Task UnknownAndKnownPairs_GetTheSameConfirmation_AndBothLandInTheStaffList()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var known = new MutationJourney(factory);
        var surname = UniqueSurname();
        var means = await known.IssueMeansAsync(desk, "68750110", null, surname);
        var unknown = new MutationJourney(factory);

        var matched = await known.SubmitAndFindAsync(MutationKind.NewActivationLetter, "68750110", means.HolderEmail);
        var knownPage = await known.Client.GetPageAsync("/mutaties/ontvangen");
        var unmatched = await unknown.SubmitAndFindAsync(MutationKind.NewActivationLetter, "68750110", "niemand-" + surname + "@example.nl");
        var unknownPage = await unknown.Client.GetPageAsync("/mutaties/ontvangen");

        Assert.Equal(means.Id, matched.MeansId);
        Assert.Null(unmatched.MeansId);
        // Reloaded, the confirmation no longer carries a reference: compare the pages without it.
        Assert.Equal(knownPage.QuerySelector("main")!.TextContent, unknownPage.QuerySelector("main")!.TextContent);
        var list = await desk.Client.GetPageAsync("/backoffice/mutaties");
        Assert.Contains(matched.Reference, list.Body!.TextContent);
        Assert.Contains(unmatched.Reference, list.Body.TextContent);
        Assert.Contains("Geen middel gevonden", list.QuerySelector($"tr:has(a[href='{PathOf(unmatched.Id)}'])")!.TextContent);
        Assert.Contains("mutation.received", await known.AuditActionsAsync(matched.Reference));
    }

    [Fact]
    public async Task TheConfirmationRightAfterSubmitting_IsTheSameForAnUnknownPair()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var known = new MutationJourney(factory);
        var means = await known.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var unknown = new MutationJourney(factory);

        var a = await known.SubmitAndFindAsync(MutationKind.EndMeans, "68750110", means.HolderEmail, Field("Input.EndDate", factory.DateInput()));
        var b = await unknown.SubmitAndFindAsync(MutationKind.EndMeans, "69599076", "onbekend@example.nl", Field("Input.EndDate", factory.DateInput()));
        await known.SubmitAsync(MutationKind.EndMeans, "68750110", means.HolderEmail, Field("Input.EndDate", factory.DateInput()));
        await unknown.SubmitAsync(MutationKind.EndMeans, "69599076", "onbekend@example.nl", Field("Input.EndDate", factory.DateInput()));

        var knownText = (await known.Client.GetPageAsync("/mutaties/ontvangen")).QuerySelector("main")!.TextContent;
        var unknownText = (await unknown.Client.GetPageAsync("/mutaties/ontvangen")).QuerySelector("main")!.TextContent;
        Assert.NotNull(a.MeansId);
        Assert.Null(b.OrganisationId);
        Assert.Equal(Mask(knownText), Mask(unknownText));
    }

    [Fact]
    public async Task UnmatchedMutation_StaffPickTheMeansOfTheOrganisation_ThenCarryItOut()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var mutation = await journey.SubmitAndFindAsync(MutationKind.EndMeans, "68750110", "tikfout@example.nl", Field("Input.EndDate", factory.DateInput()));

        var refused = await ActAsync(desk, mutation.Id, "CarryOut");
        Assert.Contains(MutationDesk.NoMeansMessage, await ErrorsAsync(refused));
        var page = await desk.Client.GetPageAsync(PathOf(mutation.Id));
        Assert.NotNull(page.QuerySelector($"input[name=MeansId][value='{means.Id}']"));

        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "PickMeans", Field("MeansId", means.Id.ToString())));
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, mutation.Id));
        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "CarryOut"));

        Assert.Equal(means.Id, (await journey.MutationAsync(mutation.Id)).MeansId);
        Assert.Equal(Beheermodule.Core.Organisations.MeansStatus.Ended, (await journey.MeansAsync(means.Id)).Status);
        Assert.Contains("mutation.means-picked", await journey.AuditActionsAsync(mutation.Reference));
    }

    [Fact]
    public async Task BankAccount_IsNotOfferedOnThePublicForm_NorAcceptedFromIt()
    {
        var journey = new MutationJourney(factory);
        var form = await journey.Client.GetPageAsync("/mutaties");

        Assert.Null(form.QuerySelector("input[name='Input.Kind'][value='BankAccount']"));
        Assert.Contains("SEPA", form.Body!.TextContent);
        var (response, page) = await journey.Client.PostFormAndReadAsync("/mutaties",
            [Field("Input.Kind", "BankAccount"), Field("Input.KvkNumber", "68750110"), Field("Input.HolderEmail", "dagobert@example.nl")]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Kies wat u wilt wijzigen.", BrowserLikeClient.ErrorBeside(page, "Input.Kind"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Mutations.CountAsync(m => m.Kind == MutationKind.BankAccount && m.ReceivedFrom.StartsWith("anoniem"))));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefused()
    {
        var client = factory.CreateBrowserClient();

        var response = await client.PostAsync("/mutaties", new FormUrlEncodedContent(
            [Field("Input.Kind", "EndMeans"), Field("Input.KvkNumber", "68750110"), Field("Input.HolderEmail", "dagobert@example.nl"), Field("Input.EndDate", factory.DateInput())]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string Mask(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"MUT-\d{4}-\d{6}", "MUT-…");
}

public sealed class OneMutationPerHourFactory : BeheermoduleFactory
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["RateLimiting:SubmissionsPerHour"] = "1",
    };
}

public sealed class MutationRateLimitTests(OneMutationPerHourFactory factory) : IClassFixture<OneMutationPerHourFactory>
{
    [Fact]
    public async Task Submissions_AboveTheHourlyLimitPerAddress_Get429AndSaveNothing()
    {
        var journey = new MutationJourney(factory);
        await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "68750110", "eerste@example.nl");

        var response = await journey.SubmitAsync(MutationKind.NewActivationLetter, "68750110", "tweede@example.nl");

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Mutations.CountAsync(m => m.HolderEmail == "tweede@example.nl")));
    }
}
