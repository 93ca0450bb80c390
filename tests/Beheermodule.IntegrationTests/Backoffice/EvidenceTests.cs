using System.Net;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Backoffice;

/// <summary>
/// A tick needs its evidence: an identity document uploaded for that very person, the uploaded signed contract, a
/// face-to-face record. A beheerder who gets a means of their own is checked like a user. Removing a document
/// opens its item again, and approval is refused until the evidence is back.
/// </summary>
public sealed class EvidenceTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private static readonly TestPerson Kwek = new("K.", "Kwek", "1981-02-03", "kwek@example.nl", "06 1111 2222", "het ondertekenen van e-Formulieren");

    /// <summary>A beheerder the organisation does not have yet, who is not a user: W. Kwak.</summary>
    private static TestPerson Kwak() => new("W.", "Kwak", "1979-04-05", $"kwak-{Guid.NewGuid():N}@example.nl", "020 555 1234");

    private async Task<(int Id, StaffDesk Desk)> ReceivedAsync(AssuranceLevel level)
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(level, "68750110", null, [Kwek], manager: Kwak());
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var desk = await StaffDesk.SignInAsync(factory);
        await desk.RecordContractReceivedAsync(id);
        return (id, desk);
    }

    private Task<Dictionary<string, int>> PersonIdsAsync(int id) =>
        factory.WithDbAsync(db => db.ApplicationPersons.Where(p => p.ApplicationId == id).ToDictionaryAsync(p => $"{p.Role}:{p.Surname}", p => p.Id));

    private static async Task<string?> TickErrorAsync(StaffDesk desk, int id, string item)
    {
        var response = await desk.ActAsync(id, "Tick", new KeyValuePair<string, string>("item", item));
        return response.StatusCode == HttpStatusCode.Redirect ? null : (await BrowserLikeClient.ReadPageAsync(response)).QuerySelector("p.error-message[role=alert]")?.TextContent.Trim();
    }

    [Fact]
    public async Task TheIdOfOnePerson_DoesNotTickTheIdOfAnother()
    {
        var (id, desk) = await ReceivedAsync(AssuranceLevel.EH2Plus);
        var persons = await PersonIdsAsync(id);
        StaffDesk.AssertDone(await desk.UploadAsync(id, "IdDocument", persons["MeansHolder:Kwek"]));

        var error = await TickErrorAsync(desk, id, $"id:{persons["AuthorizationManager:Kwak"]}");

        Assert.Equal("Upload eerst de kopie van het identiteitsbewijs van deze persoon, en kies bij het uploaden van wie het is.", error);
        Assert.Null(await TickErrorAsync(desk, id, $"id:{persons["MeansHolder:Kwek"]}"));
        var page = await desk.Client.GetPageAsync(StaffDesk.PathOf(id));
        Assert.Contains("Kopie identiteitsbewijs van W. Kwak (machtigingenbeheerder, eigen middel)", page.QuerySelector(".checklist")!.TextContent);
        Assert.Null(page.QuerySelector($"form[action*='handler=Tick'] input[name=item][value='id:{persons["AuthorizationManager:Kwak"]}']"));
    }

    [Fact]
    public async Task TheStatusPage_AsksForTheEvidenceStillMissing_PerPerson()
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(AssuranceLevel.EH3, "68750110", null, [Kwek], manager: Kwak());
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var applicant = new ApplicationJourney(factory).Client;

        string[] StillNeeded(AngleSharp.Html.Dom.IHtmlDocument page) => page.QuerySelectorAll("ul.still-needed li").Select(li => li.TextContent.Trim()).ToArray();
        Assert.Equal(
        [
            "Het contract, ondertekend door D. Duck",
            "Een kopie van een geldig identiteitsbewijs van K. Kwek (gebruiker)",
            "Een kopie van een geldig identiteitsbewijs van W. Kwak (machtigingenbeheerder, eigen middel)",
            "De persoonlijke identiteitscontrole van K. Kwek (gebruiker): maak een afspraak met onze helpdesk",
            "De persoonlijke identiteitscontrole van W. Kwak (machtigingenbeheerder, eigen middel): maak een afspraak met onze helpdesk",
        ], StillNeeded(await applicant.GetPageAsync(statusPath)));

        var desk = await StaffDesk.SignInAsync(factory);
        await desk.RecordContractReceivedAsync(id);
        await desk.UploadEvidenceAsync(id);

        Assert.Equal(
        [
            "De persoonlijke identiteitscontrole van K. Kwek (gebruiker): maak een afspraak met onze helpdesk",
            "De persoonlijke identiteitscontrole van W. Kwak (machtigingenbeheerder, eigen middel): maak een afspraak met onze helpdesk",
        ], StillNeeded(await applicant.GetPageAsync(statusPath)));
    }

    [Fact]
    public async Task TheSignature_NeedsTheUploadedContract()
    {
        var (id, desk) = await ReceivedAsync(AssuranceLevel.EH2);
        var persons = await PersonIdsAsync(id);
        var signature = $"signed:{persons["LegalRepresentative:Duck"]}";

        Assert.Equal("Upload eerst het ondertekende contract; dan kunt u de handtekening afvinken.", await TickErrorAsync(desk, id, signature));
        StaffDesk.AssertDone(await desk.UploadAsync(id, "SignedContract", null));
        Assert.Null(await TickErrorAsync(desk, id, signature));
    }

    [Fact]
    public async Task AnIdDocument_WithoutItsPerson_IsRefusedBesideTheField()
    {
        var (id, desk) = await ReceivedAsync(AssuranceLevel.EH2Plus);

        var response = await desk.UploadAsync(id, "IdDocument", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ApplicationDocuments.PersonNeeded, BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(response), "UploadPersonId"));
        Assert.False(await factory.WithDbAsync(db => db.ApplicationDocuments.AnyAsync(d => d.ApplicationId == id)));
    }

    [Fact]
    public async Task RemovingTheDocument_ReopensItsItem_AndApprovalWaitsForIt()
    {
        var (id, desk) = await ReceivedAsync(AssuranceLevel.EH2Plus);
        await desk.TickEverythingAsync(id);
        var persons = await PersonIdsAsync(id);
        var kwaksId = await factory.WithDbAsync(db => db.ApplicationDocuments.SingleAsync(d => d.ApplicationId == id && d.PersonId == persons["AuthorizationManager:Kwak"]));
        var page = await desk.Client.GetPageAsync(StaffDesk.PathOf(id));
        var form = page.QuerySelectorAll("form[action*='handler=RemoveDocument']").Single(f => f.GetAttribute("action")!.Contains($"documentId={kwaksId.Id}"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var removed = await desk.Client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        StaffDesk.AssertDone(removed);
        Assert.False(await factory.WithDbAsync(db => db.ApplicationChecks.AnyAsync(c => c.ApplicationId == id && c.Item == $"id:{persons["AuthorizationManager:Kwak"]}")));
        Assert.False(File.Exists(Path.Combine(factory.DocumentFolder, kwaksId.StoredName)));
        var approve = await BrowserLikeClient.ReadPageAsync(await desk.ActAsync(id, "Approve"));
        Assert.Contains("Kopie identiteitsbewijs van W. Kwak (machtigingenbeheerder, eigen middel)", approve.QuerySelector(".alert-error")!.TextContent);
        Assert.Equal(ApplicationStatus.UnderReview, await factory.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "document.removed" && e.ApplicationId == id)));
    }

    [Fact]
    public async Task Eh3_ABeheerderWhoIsNoUser_IsSeenFaceToFace_AndGetsALetterOnlyWithTheEvidence()
    {
        var (id, desk) = await ReceivedAsync(AssuranceLevel.EH3);
        var persons = await PersonIdsAsync(id);
        var application = await factory.WithDbAsync(db => db.Applications.Include(a => a.Persons).SingleAsync(a => a.Id == id));
        Assert.Contains(ApplicationChecklist.For(application), i => i.Key == $"f2f:{persons["AuthorizationManager:Kwak"]}");

        await desk.TickEverythingAsync(id);
        StaffDesk.AssertDone(await (await StaffDesk.SignInAsync(factory, "supervisor")).ActAsync(id, "Approve"));

        var kwaksMeans = await factory.WithDbAsync(db => db.Means.SingleAsync(m => m.ApplicationId == id && m.HolderSurname == "Kwak"));
        Assert.Equal(AssuranceLevel.EH3, kwaksMeans.Level);
        Assert.True(await factory.WithDbAsync(db => db.ActivationLetters.AnyAsync(l => l.MeansId == kwaksMeans.Id)));
    }
}
