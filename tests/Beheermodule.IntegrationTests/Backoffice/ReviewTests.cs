using System.Net;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Backoffice;

/// <summary>From "Wacht op contract" to approval, with the checklist, four eyes and concurrent decisions.</summary>
public sealed class ReviewTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    /// <summary>A beheerder the organisation does not have yet: one already there keeps the role on their own means.</summary>
    private static TestPerson NewBeheerder() => new("B.", "Beheer", "1975-01-01", $"beheer-{Guid.NewGuid():N}@example.nl", "020 123 4567");

    private async Task<(int Id, string StatusPath)> ApplyAsync(AssuranceLevel level, string rush = "None", bool jointly = false, params TestPerson[] users)
    {
        var journey = new ApplicationJourney(factory);
        var statusPath = await journey.ApplyAsync(level, "68750110", null,
            users.Length > 0 ? users : [ApplicationJourney.User("Jansen", "het ondertekenen van e-Formulieren")], rush: rush, jointly: jointly,
            manager: NewBeheerder());
        return (await StaffDesk.ApplicationIdAsync(factory, statusPath), statusPath);
    }

    [Fact]
    public async Task Eh2Plus_CheckedAndApproved_CreatesMeansAuthorizationsAndLetters()
    {
        var (id, statusPath) = await ApplyAsync(AssuranceLevel.EH2Plus, "SameDay", false,
            ApplicationJourney.User("Jansen", "MijnOverheid Berichtenbox voor bedrijven"), ApplicationJourney.User("Pietersen"));
        var desk = await StaffDesk.SignInAsync(factory, "helpdesk");

        await desk.RecordContractReceivedAsync(id);
        await desk.TickEverythingAsync(id);
        StaffDesk.AssertDone(await desk.ActAsync(id, "Approve"));

        var application = await factory.WithDbAsync(db => db.Applications.SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationStatus.Approved, application.Status);
        var means = await factory.WithDbAsync(db => db.Means.Include(m => m.Organisation).Where(m => m.ApplicationId == id).ToListAsync());
        // Two users, and the beheerder (the legal representative, not a user) gets a means for the beheermodule.
        Assert.Equal(3, means.Count);
        Assert.All(means, m => Assert.Equal(MeansStatus.AwaitingActivation, m.Status));
        Assert.All(means, m => Assert.Equal("68750110", m.Organisation.KvkNumber));
        Assert.All(means, m => Assert.Equal(AssuranceLevel.EH2Plus, m.Level));
        var authorizations = await factory.WithDbAsync(db => db.Authorizations.Include(a => a.Means).Where(a => a.Means.ApplicationId == id).ToListAsync());
        Assert.All(authorizations, a => Assert.Equal(AuthorizationStatus.Pending, a.Status));
        Assert.Single(authorizations, a => a.IsManagerRole && a.Means.HolderSurname == "Beheer");
        Assert.Single(authorizations, a => a.ServiceId != null && a.Means.HolderSurname == "Jansen");
        var letters = await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.ApplicationId == id).ToListAsync());
        Assert.Equal(3, letters.Count);
        Assert.All(letters, l => Assert.Equal(LetterPriority.Rush, l.Priority));
        Assert.All(letters, l => Assert.Null(l.PrintedAt));
        Assert.Empty(await factory.WithDbAsync(db => db.ActivationCodes.Where(c => means.Select(m => m.Id).Contains(c.MeansId)).ToListAsync()));

        var status = await new ApplicationJourney(factory).Client.GetPageAsync(statusPath);
        Assert.Contains("Goedgekeurd", status.Body!.TextContent);
        var mail = await factory.DeliveredMailAsync();
        Assert.Contains(mail, m => m.Subject!.Contains(application.Reference) && m.Subject.Contains("Goedgekeurd") && m.To.Mailboxes.Any(a => a.Address == "dagobert@example.nl"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "application.approved" && e.ApplicationId == id && e.Actor == "account:helpdesk")));
    }

    [Fact]
    public async Task Approve_WithAnOpenChecklistItem_IsRefused()
    {
        var (id, _) = await ApplyAsync(AssuranceLevel.EH2Plus);
        var desk = await StaffDesk.SignInAsync(factory, "helpdesk");
        await desk.RecordContractReceivedAsync(id);
        StaffDesk.AssertDone(await desk.UploadAsync(id, "SignedContract", null));
        StaffDesk.AssertDone(await desk.ActAsync(id, "Tick", new KeyValuePair<string, string>("item", await SignatureItemAsync(id))));

        var response = await desk.ActAsync(id, "Approve");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Contains("Goedkeuren kan pas als de checklist compleet is", page.QuerySelector(".alert-error")!.TextContent);
        Assert.Contains("Kopie identiteitsbewijs van", page.QuerySelector(".alert-error")!.TextContent);
        Assert.Equal(ApplicationStatus.UnderReview, await StatusOfAsync(id));
        Assert.Empty(await factory.WithDbAsync(db => db.Means.Where(m => m.ApplicationId == id).ToListAsync()));
    }

    [Fact]
    public async Task Eh3_TheStaffMemberWhoTicked_CannotApprove_AColleagueCan()
    {
        var (id, _) = await ApplyAsync(AssuranceLevel.EH3);
        var helpdesk = await StaffDesk.SignInAsync(factory, "helpdesk");
        await helpdesk.RecordContractReceivedAsync(id);
        await helpdesk.TickEverythingAsync(id);

        var refused = await helpdesk.ActAsync(id, "Approve");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(FourEyes.Message, (await BrowserLikeClient.ReadPageAsync(refused)).Body!.TextContent);
        Assert.Equal(ApplicationStatus.UnderReview, await StatusOfAsync(id));

        var supervisor = await StaffDesk.SignInAsync(factory, "supervisor");
        StaffDesk.AssertDone(await supervisor.ActAsync(id, "Approve"));
        Assert.Equal(ApplicationStatus.Approved, await StatusOfAsync(id));
    }

    [Fact]
    public async Task Eh3_FaceToFaceRecord_KeepsWhereWhenAndWhichDocument_AndRefusesIncompleteRecords()
    {
        var (id, _) = await ApplyAsync(AssuranceLevel.EH3);
        var desk = await StaffDesk.SignInAsync(factory, "helpdesk");
        await desk.RecordContractReceivedAsync(id);
        var item = (await desk.Client.GetPageAsync(StaffDesk.PathOf(id))).QuerySelector("input[name='FaceToFace.Item']")!.GetAttribute("value")!;

        var refused = await desk.ActAsync(id, "FaceToFace", new("FaceToFace.Item", item), new("FaceToFace.Place", "Zwolle"), new("FaceToFace.DocumentLastFour", "12"));
        var page = await BrowserLikeClient.ReadPageAsync(refused);
        Assert.Equal("Vul de datum van de controle in.", BrowserLikeClient.ErrorBeside(page, "FaceToFace.MetOn"));
        Assert.Equal("Kies het soort identiteitsdocument.", BrowserLikeClient.ErrorBeside(page, "FaceToFace.DocumentType"));
        Assert.StartsWith("Vul de laatste 4 tekens", BrowserLikeClient.ErrorBeside(page, "FaceToFace.DocumentLastFour"));
        Assert.Equal("Zwolle", BrowserLikeClient.ValueOf(page, "FaceToFace.Place"));

        StaffDesk.AssertDone(await desk.ActAsync(id, "FaceToFace", new("FaceToFace.Item", item), new("FaceToFace.MetOn", "2026-01-05"),
            new("FaceToFace.Place", "Zwolle"), new("FaceToFace.DocumentType", "Identiteitskaart"), new("FaceToFace.DocumentLastFour", "ab9z")));
        var check = await factory.WithDbAsync(db => db.ApplicationChecks.SingleAsync(c => c.ApplicationId == id && c.Item == item));
        Assert.Equal(("helpdesk", new DateOnly(2026, 1, 5), "Zwolle", "Identiteitskaart", "AB9Z"), (check.CheckedBy, check.MetOn!.Value, check.Place, check.DocumentType, check.DocumentLastFour));
    }

    [Fact]
    public async Task Eh4_FaceToFace_CoversTheLegalRepresentativeAndTheBeheerderToo()
    {
        var (id, _) = await ApplyAsync(AssuranceLevel.EH4);
        var application = await factory.WithDbAsync(db => db.Applications.Include(a => a.Persons).SingleAsync(a => a.Id == id));

        var faceToFace = ApplicationChecklist.For(application).Where(i => i.Kind == ChecklistItemKind.FaceToFace).Select(i => i.PersonId).ToHashSet();

        Assert.Equal(application.Persons.Select(p => p.Id).ToHashSet(), faceToFace);
    }

    [Fact]
    public async Task TwoStaffApprovingAtOnce_ExactlyOneDecisionStands()
    {
        var (id, _) = await ApplyAsync(AssuranceLevel.EH2Plus);
        var helpdesk = await StaffDesk.SignInAsync(factory, "helpdesk");
        await helpdesk.RecordContractReceivedAsync(id);
        await helpdesk.TickEverythingAsync(id);
        var version = Guid.Parse(await helpdesk.VersionAsync(id));

        var results = await Task.WhenAll(Enumerable.Range(0, 2).Select(async i =>
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var review = scope.ServiceProvider.GetRequiredService<ApplicationReview>();
            return await review.ApproveAsync(id, version, i == 0 ? "helpdesk" : "supervisor");
        }));

        Assert.Single(results, r => r.Outcome == ReviewOutcome.Done);
        Assert.Single(results, r => r.Outcome == ReviewOutcome.Conflict);
        Assert.Equal(2, await factory.WithDbAsync(db => db.Means.CountAsync(m => m.ApplicationId == id)));
    }

    [Fact]
    public async Task DecisionOnAnOldView_ShowsTheConflict_AndKeepsTheTypedReason()
    {
        var (id, _) = await ApplyAsync(AssuranceLevel.EH2);
        var helpdesk = await StaffDesk.SignInAsync(factory, "helpdesk");
        await helpdesk.RecordContractReceivedAsync(id);
        var oldVersion = await helpdesk.VersionAsync(id);
        var supervisor = await StaffDesk.SignInAsync(factory, "supervisor");
        await supervisor.TickEverythingAsync(id);

        var response = await helpdesk.ActWithVersionAsync(id, "Reject", oldVersion, new KeyValuePair<string, string>("RejectionReason", "KvK-uittreksel klopt niet"));

        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ReviewResult.ConflictMessage, page.QuerySelector(".alert-error")!.TextContent);
        Assert.Equal("KvK-uittreksel klopt niet", page.QuerySelector("textarea[name=RejectionReason]")!.TextContent.Trim());
        Assert.Equal(ApplicationStatus.UnderReview, await StatusOfAsync(id));
    }

    [Fact]
    public async Task Incomplete_EmailsTheMissingItems_AndTheStatusPageListsThem()
    {
        var (id, statusPath) = await ApplyAsync(AssuranceLevel.EH2Plus);
        var desk = await StaffDesk.SignInAsync(factory, "helpdesk");
        await desk.RecordContractReceivedAsync(id);
        var missing = (await desk.Client.GetPageAsync(StaffDesk.PathOf(id))).QuerySelector("input[name=MissingItems]")!.GetAttribute("value")!;

        StaffDesk.AssertDone(await desk.ActAsync(id, "Incomplete", new("MissingItems", missing), new("Remark", "Stuur ook het uittreksel mee.")));

        Assert.Equal(ApplicationStatus.Incomplete, await StatusOfAsync(id));
        var status = await new ApplicationJourney(factory).Client.GetPageAsync(statusPath);
        Assert.Contains(missing, status.Body!.TextContent);
        Assert.Contains("Stuur ook het uittreksel mee.", status.Body.TextContent);
        var mail = (await factory.DeliveredMailAsync()).Last(m => m.Subject!.Contains("Onvolledig"));
        Assert.Contains(missing, mail.TextBody);

        StaffDesk.AssertDone(await desk.ActAsync(id, "Resume"));
        Assert.Equal(ApplicationStatus.UnderReview, await StatusOfAsync(id));
    }

    [Fact]
    public async Task Reject_NeedsAReason_ThenTellsTheApplicant()
    {
        var (id, statusPath) = await ApplyAsync(AssuranceLevel.EH2);
        var desk = await StaffDesk.SignInAsync(factory, "helpdesk");
        await desk.RecordContractReceivedAsync(id);

        var refused = await desk.ActAsync(id, "Reject", new KeyValuePair<string, string>("RejectionReason", " "));
        Assert.Equal("Geef de reden van de afwijzing; de aanvrager leest die.", BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(refused), "RejectionReason"));

        StaffDesk.AssertDone(await desk.ActAsync(id, "Reject", new KeyValuePair<string, string>("RejectionReason", "De handtekening ontbreekt en is niet nagestuurd.")));
        Assert.Equal(ApplicationStatus.Rejected, await StatusOfAsync(id));
        var status = await new ApplicationJourney(factory).Client.GetPageAsync(statusPath);
        Assert.Contains("De handtekening ontbreekt en is niet nagestuurd.", status.Body!.TextContent);
    }

    [Fact]
    public async Task JointlyAuthorised_ApprovalNeedsAMajorityOfSignatures()
    {
        var (id, _) = await ApplyAsync(AssuranceLevel.EH2, jointly: true);
        var application = await factory.WithDbAsync(db => db.Applications.Include(a => a.Persons).SingleAsync(a => a.Id == id));
        var signatures = ApplicationChecklist.For(application).Where(i => i.Kind == ChecklistItemKind.Signature).ToList();
        Assert.Equal(2, signatures.Count);

        ApplicationDocument[] contract = [new() { Kind = ApplicationDocumentKind.SignedContract }];
        var one = new[] { new ApplicationCheck { Item = signatures[0].Key } };
        Assert.NotEmpty(ApplicationChecklist.Missing(application, one, contract));
        var both = signatures.Select(s => new ApplicationCheck { Item = s.Key }).ToList();
        Assert.Empty(ApplicationChecklist.Missing(application, both, contract));
    }

    private async Task<string> SignatureItemAsync(int id)
    {
        var application = await factory.WithDbAsync(db => db.Applications.Include(a => a.Persons).SingleAsync(a => a.Id == id));
        return ApplicationChecklist.For(application).First(i => i.Kind == ChecklistItemKind.Signature).Key;
    }

    private Task<ApplicationStatus> StatusOfAsync(int id) => factory.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync());
}
