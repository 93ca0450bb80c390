using System.Net;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.ActivationLetters;

/// <summary>/backoffice/brieven: batches in print order, codes made at printing and stored as hashes only, reprints.</summary>
public sealed class PrintingTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    /// <summary>An EH2 application from contract to approval; returns its id.</summary>
    private async Task<int> ApproveAsync(StaffDesk desk, string rush = "None", params TestPerson[] users)
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(AssuranceLevel.EH2, "68750110", null,
            users.Length > 0 ? users : [ApplicationJourney.User("Jansen")], rush: rush);
        var id = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        await desk.RecordContractReceivedAsync(id);
        await desk.TickEverythingAsync(id);
        StaffDesk.AssertDone(await desk.ActAsync(id, "Approve"));
        return id;
    }

    private async Task<(StaffDesk Desk, PrintRoom Room)> StaffAsync()
    {
        var desk = await StaffDesk.SignInAsync(factory, "helpdesk");
        return (desk, new PrintRoom(factory, desk));
    }

    [Fact]
    public async Task PrintedBatch_HasALetterPerMeans_WithHolderOrganisationExpiryAndACodeWhoseHashIsStored()
    {
        var (desk, room) = await StaffAsync();
        var id = await ApproveAsync(desk, "None", ApplicationJourney.User("Jansen"), ApplicationJourney.User("Pietersen"));
        var means = await factory.WithDbAsync(db => db.Means.Include(m => m.Organisation).Where(m => m.ApplicationId == id).ToListAsync());

        var batch = await room.PrintAsync();
        var printedAt = factory.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(PrintBatchStatus.Ready, batch.Status);
        var pages = PrintRoom.Pages(await room.DownloadAsync(batch.Id));
        var hasher = factory.Services.GetRequiredService<ActivationCodeHasher>();
        foreach (var holder in means)
        {
            var page = Assert.Single(pages, p => p.Words.Contains($"Gebruiker {holder.HolderInitials} {holder.HolderSurname}"));
            Assert.Contains($"Organisatie {holder.Organisation.Name}", page.Words);
            Assert.Contains($"KvK-nummer {holder.Organisation.KvkNumber}", page.Words);
            Assert.Contains("Betrouwbaarheidsniveau EH2", page.Words);
            Assert.Contains("T.a.v. D. Duck", page.Words);

            var code = await factory.WithDbAsync(db => db.ActivationCodes.SingleAsync(c => c.MeansId == holder.Id));
            Assert.Equal(ActivationCodeStatus.Issued, code.Status);
            Assert.True(hasher.Matches(ActivationCodeText.InCharacters(page.Characters), code.CodeHash), "the printed code must be the one whose hash is stored");
            Assert.Equal(printedAt.AddDays(30), code.ExpiresAt, TimeSpan.FromSeconds(1));
            Assert.Contains($"Geldig tot {DutchDates.FormatWithTime(code.ExpiresAt)} uur.", page.Words);
        }
    }

    [Fact]
    public async Task TheReadableCode_IsNowhereInTheDatabase_OnlyItsKeyedHash()
    {
        var (desk, room) = await StaffAsync();
        await ApproveAsync(desk);

        var batch = await room.PrintAsync();
        var codes = PrintRoom.Pages(await room.DownloadAsync(batch.Id)).Select(p => ActivationCodeText.InCharacters(p.Characters)).ToList();

        var database = await File.ReadAllBytesAsync(factory.DatabaseFile);
        var wal = File.Exists(factory.DatabaseFile + "-wal") ? await File.ReadAllBytesAsync(factory.DatabaseFile + "-wal") : [];
        var stored = System.Text.Encoding.UTF8.GetString(database) + System.Text.Encoding.UTF8.GetString(wal);
        Assert.All(codes, code =>
        {
            Assert.DoesNotContain(code, stored);
            Assert.DoesNotContain(code.Replace("-", ""), stored);
        });
        Assert.All(await factory.WithDbAsync(db => db.ActivationCodes.Select(c => c.CodeHash).ToListAsync()),
            hash => Assert.Matches("^[0-9a-f]{64}$", hash));
    }

    [Fact]
    public async Task PrintingEveryLetter_CompletesTheApplication_AndTellsTheLegalRepresentative()
    {
        var (desk, room) = await StaffAsync();
        var id = await ApproveAsync(desk);

        await room.PrintAsync();

        var application = await factory.WithDbAsync(db => db.Applications.SingleAsync(a => a.Id == id));
        Assert.Equal(ApplicationStatus.Completed, application.Status);
        var mail = await factory.DeliveredMailAsync();
        Assert.Contains(mail, m => m.Subject!.Contains(application.Reference) && m.Subject.Contains("Afgerond") && m.To.Mailboxes.Any(a => a.Address == "dagobert@example.nl"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "application.completed" && e.ApplicationId == id)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "print-batch.queued" && e.Actor == "account:helpdesk")));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "print-batch.printed")));

        var staffView = await desk.Client.GetPageAsync(StaffDesk.PathOf(id));
        var jansen = staffView.QuerySelectorAll("table.activation tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "A. Jansen");
        Assert.Contains("Wacht op activering", jansen.TextContent);
        Assert.Contains("Gedrukt op", jansen.TextContent);
        Assert.Contains("Geldig tot", jansen.TextContent);
    }

    [Fact]
    public async Task AnApplicationWithALetterStillUnprinted_StaysApproved()
    {
        var (desk, room) = await StaffAsync();
        var id = await ApproveAsync(desk, "None", ApplicationJourney.User("Jansen"), ApplicationJourney.User("Pietersen"));
        var letterIds = await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.ApplicationId == id).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync());
        // One of the letters counts as courier rush, so printing only that priority leaves the others waiting.
        await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.Id == letterIds[0]).ExecuteUpdateAsync(s => s.SetProperty(l => l.Priority, LetterPriority.RushCourier)));

        await room.PrintAsync(LetterPriority.RushCourier);

        Assert.Equal(ApplicationStatus.Approved, await factory.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
        var printed = await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.ApplicationId == id && l.PrintedAt != null).Select(l => l.Id).ToListAsync());
        Assert.Equal([letterIds[0]], printed);

        await room.PrintAsync(LetterPriority.Normal);

        Assert.Equal(ApplicationStatus.Completed, await factory.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task ABatch_PutsCourierRushFirst_ThenRush_ThenTheRest_EachByPostalCode()
    {
        var (desk, room) = await StaffAsync();
        await ApproveAsync(desk, "None", ApplicationJourney.User("Jansen"), ApplicationJourney.User("Pietersen"), ApplicationJourney.User("Klaassen"),
            ApplicationJourney.User("Bakker"), ApplicationJourney.User("Visser"));
        // Every letter waiting (of earlier tests too) gets a known priority and postal code.
        var waiting = await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.PrintBatchId == null).OrderBy(l => l.Id).Select(l => l.Id).ToListAsync());
        (LetterPriority Priority, string PostalCode)[] plan =
        [
            (LetterPriority.Normal, "1012 LG"), (LetterPriority.Rush, "9711 AA"), (LetterPriority.RushCourier, "5611 AB"),
            (LetterPriority.Normal, "0000 AA"), (LetterPriority.Rush, "2511 CV"), (LetterPriority.RushCourier, "3011 AD"),
        ];
        for (var i = 0; i < waiting.Count; i++)
        {
            var (priority, postalCode) = plan[i % plan.Length];
            var letterId = waiting[i];
            await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.Id == letterId)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Priority, priority).SetProperty(l => l.PostalCode, postalCode)));
        }

        var batch = await room.PrintAsync();

        var printedOrder = PrintRoom.Pages(await room.DownloadAsync(batch.Id))
            .Select(page => plan.Single(p => page.Words.Contains(p.PostalCode)))
            .ToList();
        var expected = printedOrder.OrderBy(p => p.Priority).ThenBy(p => p.PostalCode, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, printedOrder);
        Assert.Equal(LetterPriority.RushCourier, printedOrder[0].Priority);
        Assert.Equal(LetterPriority.Normal, printedOrder[^1].Priority);
    }

    [Fact]
    public async Task Reprint_RevokesTheOldCodesAtOnce_AndPrintsNewOnes()
    {
        var (desk, room) = await StaffAsync();
        var id = await ApproveAsync(desk);
        var meansId = await factory.WithDbAsync(db => db.Means.Where(m => m.ApplicationId == id && m.HolderSurname == "Jansen").Select(m => m.Id).SingleAsync());
        var first = await room.PrintAsync();
        var oldCode = await factory.WithDbAsync(db => db.ActivationCodes.SingleAsync(c => c.MeansId == meansId));

        var response = await room.PostAsync("Reprint", new("id", first.Id.ToString()), new("confirmed", "true"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        // Dead before the new PDF even exists: whoever finds the lost one has nothing.
        var revoked = await factory.WithDbAsync(db => db.ActivationCodes.AsNoTracking().SingleAsync(c => c.Id == oldCode.Id));
        Assert.Equal(ActivationCodeStatus.Revoked, revoked.Status);
        var second = await room.WaitUntilDoneAsync(await factory.WithDbAsync(db => db.PrintBatches.MaxAsync(b => b.Id)));
        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(PrintBatchStatus.Replaced, (await factory.WithDbAsync(db => db.PrintBatches.SingleAsync(b => b.Id == first.Id))).Status);
        Assert.False(File.Exists(Path.Combine(factory.PrintFolder, first.FileName!)), "the lost batch's file is deleted");
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Client.Http.GetAsync($"{PrintRoom.PagePath}?handler=Download&id={first.Id}")).StatusCode);

        var newCode = await factory.WithDbAsync(db => db.ActivationCodes.SingleAsync(c => c.MeansId == meansId && c.Status == ActivationCodeStatus.Issued));
        Assert.NotEqual(oldCode.CodeHash, newCode.CodeHash);
        var page = Assert.Single(PrintRoom.Pages(await room.DownloadAsync(second.Id)), p => p.Words.Contains("Gebruiker A. Jansen"));
        Assert.True(factory.Services.GetRequiredService<ActivationCodeHasher>().Matches(ActivationCodeText.InCharacters(page.Characters), newCode.CodeHash));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "print-batch.reprinted" && e.Actor == "account:helpdesk")));
    }

    [Fact]
    public async Task Reprint_WithoutConfirming_ChangesNothing_AndSaysWhy()
    {
        var (desk, room) = await StaffAsync();
        await ApproveAsync(desk);
        var batch = await room.PrintAsync();

        var response = await room.PostAsync("Reprint", new KeyValuePair<string, string>("id", batch.Id.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Contains("Vink aan dat de codes in de oude PDF niet meer werken.", page.QuerySelector($"#batch-{batch.Id} .error-message")!.TextContent);
        Assert.Equal(PrintBatchStatus.Ready, (await factory.WithDbAsync(db => db.PrintBatches.SingleAsync(b => b.Id == batch.Id))).Status);
    }

    [Fact]
    public async Task ANewLetterForTheSameMeans_RevokesTheEarlierCode_WhenPrinted()
    {
        var (desk, room) = await StaffAsync();
        var id = await ApproveAsync(desk);
        await room.PrintAsync();
        var letter = await factory.WithDbAsync(db => db.ActivationLetters.AsNoTracking().SingleAsync(l => l.ApplicationId == id && l.Means.HolderSurname == "Jansen"));
        var earlier = await factory.WithDbAsync(db => db.ActivationCodes.SingleAsync(c => c.MeansId == letter.MeansId));
        await factory.WithDbAsync(async db =>
        {
            db.ActivationLetters.Add(new ActivationLetter
            {
                MeansId = letter.MeansId, ApplicationId = id, Priority = LetterPriority.Normal, RecipientName = letter.RecipientName,
                Street = letter.Street, HouseNumber = letter.HouseNumber, PostalCode = letter.PostalCode, City = letter.City,
                CreatedAt = factory.Clock.GetUtcNow().UtcDateTime, Reason = "Mutatie: nieuwe brief",
            });
            return await db.SaveChangesAsync();
        });

        await room.PrintAsync();

        var codes = await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == letter.MeansId).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(2, codes.Count);
        Assert.Equal(earlier.Id, codes[0].Id);
        Assert.Equal(ActivationCodeStatus.Revoked, codes[0].Status);
        Assert.Equal(ActivationCodeStatus.Issued, codes[1].Status);
    }

    [Fact]
    public async Task ALetterForAnEndedMeans_IsNotPrinted()
    {
        var (desk, room) = await StaffAsync();
        var id = await ApproveAsync(desk, "None", ApplicationJourney.User("Jansen"), ApplicationJourney.User("Pietersen"));
        var ended = await factory.WithDbAsync(db => db.Means.Where(m => m.ApplicationId == id && m.HolderSurname == "Pietersen").Select(m => m.Id).SingleAsync());
        await factory.WithDbAsync(db => db.Means.Where(m => m.Id == ended).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeansStatus.Ended)));

        var batch = await room.PrintAsync();

        var pages = PrintRoom.Pages(await room.DownloadAsync(batch.Id));
        Assert.DoesNotContain(pages, p => p.Words.Contains("A. Pietersen"));
        Assert.Contains(pages, p => p.Words.Contains("A. Jansen"));
        Assert.Empty(await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == ended).ToListAsync()));
    }

    [Fact]
    public async Task TwoStaffMembersPrintingAtOnce_NeverPutALetterInTwoBatches()
    {
        var (desk, room) = await StaffAsync();
        var colleague = new PrintRoom(factory, await StaffDesk.SignInAsync(factory, "supervisor"));
        await ApproveAsync(desk, "None", ApplicationJourney.User("Jansen"), ApplicationJourney.User("Pietersen"), ApplicationJourney.User("Klaassen"));

        var responses = await Task.WhenAll(room.PostAsync("Queue"), colleague.PostAsync("Queue"));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var batches = await factory.WithDbAsync(db => db.PrintBatches.Where(b => b.Status != PrintBatchStatus.Replaced).OrderByDescending(b => b.Id).ToListAsync());
        foreach (var batch in batches.Where(b => b.Status is PrintBatchStatus.Queued or PrintBatchStatus.Rendering))
        {
            await room.WaitUntilDoneAsync(batch.Id);
        }
        var codesPerLetter = await factory.WithDbAsync(db => db.ActivationCodes.GroupBy(c => c.ActivationLetterId).Select(g => g.Count()).ToListAsync());
        Assert.All(codesPerLetter, count => Assert.Equal(1, count));
        Assert.Empty(await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.PrintBatchId == null).ToListAsync()));
    }

    [Fact]
    public async Task ThePage_ShowsWaitingLettersPerPriority_AndTheBatchesWithTheirState()
    {
        var (desk, room) = await StaffAsync();
        await ApproveAsync(desk, "SameDay");

        var page = await desk.Client.GetPageAsync(PrintRoom.PagePath);

        Assert.Equal("Activeringsbrieven afdrukken", page.QuerySelector("h1")!.TextContent);
        var rush = page.QuerySelectorAll("table.print-queue tbody tr").Single(r => r.QuerySelector("th")!.TextContent.StartsWith("Spoed Vandaag"));
        Assert.NotEqual("0", rush.QuerySelector("td")!.TextContent.Trim());
        Assert.NotNull(page.QuerySelector("form[action*='handler=Queue'] button"));

        var batch = await room.PrintAsync();
        page = await desk.Client.GetPageAsync(PrintRoom.PagePath);
        var row = page.QuerySelector($"#batch-{batch.Id}")!;
        Assert.Contains("Klaar", row.TextContent);
        Assert.NotNull(row.QuerySelector("a[href*='handler=Download']"));
    }

    [Fact]
    public async Task Progress_ReportsTheBatchStateAsJson_AndUnknownBatchesAreNotFound()
    {
        var (desk, room) = await StaffAsync();
        await ApproveAsync(desk);
        var batch = await room.PrintAsync();

        var response = await desk.Client.Http.GetAsync($"{PrintRoom.PagePath}?handler=Progress&id={batch.Id}");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"status\":\"Ready\"", json);
        Assert.Contains($"\"rendered\":{batch.LetterCount}", json);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Client.Http.GetAsync($"{PrintRoom.PagePath}?handler=Progress&id=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Client.Http.GetAsync($"{PrintRoom.PagePath}?handler=Download&id=999999")).StatusCode);
    }

    [Fact]
    public async Task TheBatchFile_IsStoredOutsideTheWebRoot_AndEveryDownloadIsAudited()
    {
        var (desk, room) = await StaffAsync();
        await ApproveAsync(desk);
        var batch = await room.PrintAsync();

        await room.DownloadAsync(batch.Id);

        Assert.True(File.Exists(Path.Combine(factory.PrintFolder, batch.FileName!)));
        Assert.Matches("^[0-9a-f]{32}\\.pdf$", batch.FileName!);
        Assert.Equal(HttpStatusCode.NotFound, (await desk.Client.Http.GetAsync("/" + batch.FileName)).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "print-batch.downloaded" && e.Actor == "account:helpdesk" && e.Details!.Contains($"Batch {batch.Id}:"))));
    }

    [Fact]
    public async Task ABatchWhoseRendererDied_IsTakenOverOnceItsLeaseRunsOut_AndTheDeadRenderersFileRemoved()
    {
        var (desk, room) = await StaffAsync();
        var id = await ApproveAsync(desk);
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var batchId = await AbandonedBatchAsync(leaseUntil: now.AddSeconds(-1), deadFile: "0123456789abcdef0123456789abcdef.pdf");
        var partFile = Path.Combine(factory.PrintFolder, "0123456789abcdef0123456789abcdef.pdf.part");
        Directory.CreateDirectory(factory.PrintFolder);
        await File.WriteAllTextAsync(partFile, "half a PDF");

        Assert.True(await factory.Services.GetRequiredService<Beheermodule.Core.ActivationLetters.Printing.PrintBatchRenderer>().RenderNextAsync(CancellationToken.None));

        var batch = await room.WaitUntilDoneAsync(batchId);
        Assert.Equal(PrintBatchStatus.Ready, batch.Status);
        Assert.Null(batch.LeaseUntil);
        Assert.False(File.Exists(partFile));
        Assert.Equal(ApplicationStatus.Completed, await factory.WithDbAsync(db => db.Applications.Where(a => a.Id == id).Select(a => a.Status).SingleAsync()));
    }

    [Fact]
    public async Task ABatchBeingRendered_IsLeftToItsRenderer_WhileTheLeaseHolds()
    {
        var (desk, _) = await StaffAsync();
        await ApproveAsync(desk);
        var batchId = await AbandonedBatchAsync(leaseUntil: factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(1), deadFile: "fedcba9876543210fedcba9876543210.pdf");

        Assert.False(await factory.Services.GetRequiredService<Beheermodule.Core.ActivationLetters.Printing.PrintBatchRenderer>().RenderNextAsync(CancellationToken.None));

        Assert.Equal(PrintBatchStatus.Rendering, (await factory.WithDbAsync(db => db.PrintBatches.SingleAsync(b => b.Id == batchId))).Status);
        // Let the other tests of this class print these letters.
        await factory.WithDbAsync(db => db.PrintBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s.SetProperty(b => b.LeaseUntil, factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(-1))));
    }

    /// <summary>Every waiting letter in a batch that an app instance claimed, then died on.</summary>
    private Task<int> AbandonedBatchAsync(DateTime leaseUntil, string deadFile) => factory.WithDbAsync(async db =>
    {
        var batch = db.PrintBatches.Add(new PrintBatch
        {
            RequestedBy = "account:helpdesk", RequestedAt = factory.Clock.GetUtcNow().UtcDateTime, Status = PrintBatchStatus.Rendering,
            FileName = deadFile, LeaseUntil = leaseUntil,
        }).Entity;
        await db.SaveChangesAsync();
        batch.LetterCount = await db.ActivationLetters.Where(l => l.PrintBatchId == null).ExecuteUpdateAsync(s => s.SetProperty(l => l.PrintBatchId, batch.Id));
        await db.SaveChangesAsync();
        return batch.Id;
    });
}
