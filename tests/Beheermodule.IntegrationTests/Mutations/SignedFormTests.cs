using System.Net;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Organisations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using static Beheermodule.IntegrationTests.Mutations.MutationJourney;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>
/// A change the legal representative must sign for: the public form gives a mutation form to print, sign and post;
/// staff carry the change out only once its signed scan is in, and the signer is compared with the register at once.
/// A new activation letter needs no signature: it goes to the registered address.
/// </summary>
public sealed class SignedFormTests(MutationFactory factory) : IClassFixture<MutationFactory>
{
    [Fact]
    public async Task Opzeggen_GivesAFormToSign_WithTheReferenceTheChangeAndASignatureBlock()
    {
        var journey = new MutationJourney(factory);
        var mutation = await journey.SubmitAndFindAsync(MutationKind.EndMeans, "68750110", "iemand@example.nl", Field("Input.EndDate", factory.DateInput(2)));
        var received = await journey.Client.GetPageAsync("/mutaties/ontvangen");
        var link = received.QuerySelector("a[href*='handler=Form']")!.GetAttribute("href")!;

        var download = await journey.Client.Http.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        using var pdf = PdfDocument.Open(await download.Content.ReadAsByteArrayAsync());
        var text = string.Join(' ', pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(mutation.Reference, text);
        Assert.Contains("Middel opzeggen", text);
        Assert.Contains("iemand@example.nl", text);
        Assert.Contains("Test BV Donald", text);
        Assert.Contains("Handtekening", text);
        Assert.Equal(HttpStatusCode.NotFound, (await journey.Client.Http.GetAsync("/mutaties/ontvangen?handler=Form&token=verzonnen")).StatusCode);
    }

    [Fact]
    public async Task ANewActivationLetter_NeedsNoForm()
    {
        var journey = new MutationJourney(factory);
        var mutation = await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "68750110", "iemand@example.nl");

        Assert.Null(mutation.FormTokenHash);
        Assert.Null((await journey.Client.GetPageAsync("/mutaties/ontvangen")).QuerySelector("a[href*='handler=Form']"));
    }

    [Fact]
    public async Task Opzeggen_IsCarriedOutOnlyAfterTheSignedForm_OfSomeoneTheRegisterKnows()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var mutation = await journey.SubmitAndFindAsync(MutationKind.EndMeans, "68750110", means.HolderEmail, Field("Input.EndDate", factory.DateInput()));

        var early = await BrowserLikeClient.ReadPageAsync(await ActAsync(desk, mutation.Id, "CarryOut"));
        Assert.Contains(MutationDesk.SignedFormMissingMessage, early.Body!.TextContent);
        Assert.NotEqual(MeansStatus.Ended, (await journey.MeansAsync(means.Id)).Status);

        var stranger = await ReceiveSignedFormAsync(desk, mutation.Id, "G.", "Gans", null);
        Assert.Equal(HttpStatusCode.OK, stranger.StatusCode);
        Assert.Contains("G. Gans staat niet als functionaris in het Handelsregister", (await BrowserLikeClient.ReadPageAsync(stranger)).Body!.TextContent);
        Assert.False((await journey.MutationAsync(mutation.Id)).HasSignedForm);

        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, mutation.Id));
        var recorded = await journey.MutationAsync(mutation.Id);
        Assert.Equal(("D. Duck", "Bestuurder, zelfstandig bevoegd"), (recorded.SignedBy, recorded.SignerInRegister));
        Assert.True(File.Exists(Path.Combine(factory.DocumentFolder, recorded.SignedFormStoredName!)));
        var page = await desk.Client.GetPageAsync(PathOf(mutation.Id));
        Assert.Contains("ondertekend door D. Duck", page.QuerySelector(".signed-form")!.TextContent);
        var download = await desk.Client.Http.GetAsync(page.QuerySelector(".signed-form a")!.GetAttribute("href"));
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(StaffDesk.ScanPdf, await download.Content.ReadAsByteArrayAsync());

        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "CarryOut"));
        Assert.Equal(MeansStatus.Ended, (await journey.MeansAsync(means.Id)).Status);
        Assert.Contains("mutation.signed-form-received", await journey.AuditActionsAsync(mutation.Reference));
    }

    [Fact]
    public async Task TheSignedForm_WithoutSignerOrScan_GetsMessagesBesideTheFields()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var mutation = await new MutationJourney(factory).SubmitAndFindAsync(MutationKind.EndMeans, "68750110", "iemand@example.nl", Field("Input.EndDate", factory.DateInput()));

        var form = await desk.Client.GetPageAsync(PathOf(mutation.Id));
        var response = await desk.Client.Http.PostAsync($"{PathOf(mutation.Id)}?handler=SignedForm", new FormUrlEncodedContent(
        [
            new("Version", form.QuerySelector("input[name=Version]")!.GetAttribute("value")!),
            new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
        ]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal("Vul de voorletters in.", BrowserLikeClient.ErrorBeside(page, "SignerInitials"));
        Assert.Equal("Vul de achternaam in.", BrowserLikeClient.ErrorBeside(page, "SignerSurname"));
        Assert.StartsWith("Kies de scan", BrowserLikeClient.ErrorBeside(page, "SignedFormScan"));
    }

    [Fact]
    public async Task ANewNameAndAddress_OfAHolderNotActivatedYet_AreCarriedOutAfterTheSignedForm()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var newEmail = $"getrouwd-{Guid.NewGuid():N}"[..17] + "@example.nl";
        var mutation = await journey.SubmitAndFindAsync(MutationKind.HolderDetails, "68750110", means.HolderEmail,
            Field("Input.NewSurname", "Getrouwd-Jansen"), Field("Input.NewHolderEmail", newEmail));
        Assert.NotNull(mutation.FormTokenHash);

        Assert.Contains(MutationDesk.SignedFormMissingMessage, (await BrowserLikeClient.ReadPageAsync(await ActAsync(desk, mutation.Id, "CarryOut"))).Body!.TextContent);
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, mutation.Id));
        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "CarryOut"));

        var changed = await journey.MeansAsync(means.Id);
        Assert.Equal((means.HolderInitials, "Getrouwd-Jansen", newEmail), (changed.HolderInitials, changed.HolderSurname, changed.HolderEmail));
        Assert.Contains("means.holder-changed", await journey.AuditActionsAsync(mutation.Reference));
    }

    [Fact]
    public async Task ANewAddress_ThatIsAnotherPersons_OrForAnActivatedHolder_IsRefused()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var colleague = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var taken = await journey.SubmitAndFindAsync(MutationKind.HolderDetails, "68750110", means.HolderEmail, Field("Input.NewHolderEmail", colleague.HolderEmail));
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, taken.Id));

        var refused = await BrowserLikeClient.ReadPageAsync(await ActAsync(desk, taken.Id, "CarryOut"));

        Assert.Contains($"{colleague.HolderEmail} hoort bij iemand anders", refused.Body!.TextContent);
        Assert.Equal(means.HolderEmail, (await journey.MeansAsync(means.Id)).HolderEmail);

        var account = await Accounts.SignInAccounts.CreateAsync(factory, Core.Levels.AssuranceLevel.EH2, withResponder: false);
        await factory.WithDbAsync(db => db.Means.Where(m => m.Id == colleague.Id).ExecuteUpdateAsync(set => set.SetProperty(m => m.UserAccountId, account.Id)));
        var activated = await journey.SubmitAndFindAsync(MutationKind.HolderDetails, "68750110", colleague.HolderEmail, Field("Input.NewHolderEmail", $"ander-{Guid.NewGuid():N}"[..14] + "@example.nl"));
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, activated.Id));
        Assert.Contains(HolderDetailsChange.ActivatedAddressMessage, (await BrowserLikeClient.ReadPageAsync(await ActAsync(desk, activated.Id, "CarryOut"))).Body!.TextContent);
    }

    [Fact]
    public async Task ANameOrAddressChange_WithNothingNew_IsRefusedBesideTheField()
    {
        var (response, page) = await new MutationJourney(factory).Client.PostFormAndReadAsync("/mutaties",
            [Field("Input.Kind", "HolderDetails"), Field("Input.KvkNumber", "68750110"), Field("Input.HolderEmail", "iemand@example.nl"), Field("Input.NewInitials", "1")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Vul alleen voorletters in, bijvoorbeeld J.A.", BrowserLikeClient.ErrorBeside(page, "Input.NewInitials"));
    }

    [Fact]
    public async Task AMachtiging_IsGivenAndTakenBack_ByStaff_AfterTheSignedForm_UnderTheBeheermodulesRules()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var services = await factory.WithDbAsync(db => db.Services.ToDictionaryAsync(s => s.Name, s => s.Id));
        var berichtenbox = services["MijnOverheid Berichtenbox voor bedrijven"].ToString();

        var tooHigh = await journey.SubmitAndFindAsync(MutationKind.AuthorizationChange, "68750110", means.HolderEmail,
            Field("Input.AuthorizationAction", "Grant"), Field("Input.ServiceId", berichtenbox), Field("Input.Years", "3"));
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, tooHigh.Id));
        var refused = await BrowserLikeClient.ReadPageAsync(await ActAsync(desk, tooHigh.Id, "CarryOut"));
        Assert.Contains("minimaal niveau EH2+", refused.Body!.TextContent);

        var grant = await journey.SubmitAndFindAsync(MutationKind.AuthorizationChange, "68750110", means.HolderEmail,
            Field("Input.AuthorizationAction", "Grant"), Field("Input.ServiceId", services[MijnOverijssel].ToString()), Field("Input.Years", "3"));
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, grant.Id));
        StaffDesk.AssertDone(await ActAsync(desk, grant.Id, "CarryOut"));
        var given = await factory.WithDbAsync(db => db.Authorizations.SingleAsync(a => a.MeansId == means.Id && a.ServiceId == services[MijnOverijssel]));
        Assert.Equal(factory.Today.AddYears(3).AddDays(-1), given.ValidUntil);

        var revoke = await journey.SubmitAndFindAsync(MutationKind.AuthorizationChange, "68750110", means.HolderEmail,
            Field("Input.AuthorizationAction", "Revoke"), Field("Input.ServiceId", services[MijnOverijssel].ToString()));
        StaffDesk.AssertDone(await ReceiveSignedFormAsync(desk, revoke.Id));
        StaffDesk.AssertDone(await ActAsync(desk, revoke.Id, "CarryOut"));
        Assert.Equal(Core.Authorizations.AuthorizationStatus.Revoked,
            await factory.WithDbAsync(db => db.Authorizations.Where(a => a.Id == given.Id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task AMachtigingChange_WithoutActionServiceOrTerm_GetsMessagesBesideTheFields()
    {
        var (_, page) = await new MutationJourney(factory).Client.PostFormAndReadAsync("/mutaties",
            [Field("Input.Kind", "AuthorizationChange"), Field("Input.KvkNumber", "68750110"), Field("Input.HolderEmail", "iemand@example.nl")]);

        Assert.Equal("Kies of de machtiging gegeven of ingetrokken moet worden.", BrowserLikeClient.ErrorBeside(page, "Input.AuthorizationAction"));
        Assert.Equal("Kies de dienst waar het om gaat.", BrowserLikeClient.ErrorBeside(page, "Input.ServiceId"));
    }

    private const string MijnOverijssel = "toegang tot MijnOverijssel en e-Formulieren met eHerkenning bij Provincie Overijssel";
}
