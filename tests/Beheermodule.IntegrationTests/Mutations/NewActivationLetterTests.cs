using System.Net;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Organisations;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Beheermodule.IntegrationTests.Mutations.MutationJourney;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>Rule 4: a new letter by mutation; the old code is dead at once, the letter goes to the registered address again.</summary>
public sealed class NewActivationLetterTests(MutationFactory factory) : IClassFixture<MutationFactory>
{
    [Fact]
    public async Task CarryingOut_RevokesTheIssuedCodeAtOnce_AndQueuesALetterForTheLegalRepresentative()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var oldCode = await journey.PrintLetterAsync(desk, means.Id);
        var mutation = await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "68750110", means.HolderEmail);

        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "CarryOut"));

        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var code = await factory.WithDbAsync(db => db.ActivationCodes.SingleAsync(c => c.Id == oldCode.Id));
        Assert.Equal(ActivationCodeStatus.Revoked, code.Status);
        Assert.Equal(now, code.RevokedAt);
        var letter = await factory.WithDbAsync(db => db.ActivationLetters.SingleAsync(l => l.MeansId == means.Id && l.PrintedAt == null));
        Assert.Equal(LetterPriority.Normal, letter.Priority);
        Assert.Equal("D. Duck", letter.RecipientName);
        Assert.Equal(("Hizzaarderlaan", "3 A", "8823 SJ", "Lollum"), (letter.Street, letter.HouseNumber, letter.PostalCode, letter.City));
        Assert.Contains(mutation.Reference, letter.Reason);

        var done = await journey.MutationAsync(mutation.Id);
        Assert.Equal(MutationStatus.Done, done.Status);
        Assert.Equal(MutationFactory.NewActivationLetterFee, done.Fee);
        Assert.Equal("helpdesk", done.HandledBy);
        Assert.Equal(["mutation.received", "activation-code.revoked", "activation-letter.queued", "mutation.done"], await journey.AuditActionsAsync(mutation.Reference));
        var mail = (await factory.DeliveredMailAsync()).Last(m => m.Subject!.Contains(mutation.Reference));
        Assert.Equal("dagobert@example.nl", mail.To.Mailboxes.Single().Address);
        Assert.Contains("Uitgevoerd", mail.Subject);
        Assert.Contains("werkt niet meer", mail.TextBody);
        var page = await desk.Client.GetPageAsync(PathOf(mutation.Id));
        Assert.Contains("€ 7,50", page.Body!.TextContent);
    }

    [Fact]
    public async Task ForAnEh1Means_TheNewCodeGoesByMailToTheHolder_WithoutALetter()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var surname = UniqueSurname();
        var means = await journey.IssueEh1MeansAsync("69599076", surname);
        var oldCode = await factory.WithDbAsync(db => db.ActivationCodes.SingleAsync(c => c.MeansId == means.Id));
        var mutation = await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "69599076", means.HolderEmail);

        StaffDesk.AssertDone(await ActAsync(desk, mutation.Id, "CarryOut"));

        var codes = await factory.WithDbAsync(db => db.ActivationCodes.Where(c => c.MeansId == means.Id).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([ActivationCodeStatus.Revoked, ActivationCodeStatus.Issued], codes.Select(c => c.Status));
        Assert.Equal(oldCode.Id, codes[0].Id);
        Assert.Empty(await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.MeansId == means.Id).ToListAsync()));
        var codeMails = (await factory.DeliveredMailAsync()).Where(m => m.To.Mailboxes.Any(a => a.Address == means.HolderEmail) && m.Subject!.StartsWith("Uw aanmeldcode")).ToList();
        Assert.Equal(2, codeMails.Count);
        var hasher = factory.Services.GetRequiredService<ActivationCodeHasher>();
        var mailed = codeMails.Select(m => ActivationCodeText.In(m.TextBody!)).ToList();
        Assert.Single(mailed, code => hasher.Matches(code, codes[0].CodeHash));
        Assert.Single(mailed, code => hasher.Matches(code, codes[1].CodeHash));
    }

    [Fact]
    public async Task ForAnActivatedMeans_IsRefusedWithTheReason_AndChangesNothing()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        await journey.PrintLetterAsync(desk, means.Id);
        await factory.WithDbAsync(db => db.Means.Where(m => m.Id == means.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeansStatus.Active)));
        var mutation = await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "68750110", means.HolderEmail);

        var response = await ActAsync(desk, mutation.Id, "CarryOut");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Dit middel is al geactiveerd", await ErrorsAsync(response));
        Assert.Equal(MutationStatus.Open, (await journey.MutationAsync(mutation.Id)).Status);
        Assert.Equal(1, await factory.WithDbAsync(db => db.ActivationCodes.CountAsync(c => c.MeansId == means.Id && c.Status == ActivationCodeStatus.Issued)));
        Assert.Equal(0, await factory.WithDbAsync(db => db.ActivationLetters.CountAsync(l => l.MeansId == means.Id && l.PrintedAt == null)));
        Assert.Equal(["mutation.received", "mutation.carry-out"], await journey.AuditActionsAsync(mutation.Reference));
    }

    [Fact]
    public async Task WhileTheFirstLetterWaitsToBePrinted_IsRefused()
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var journey = new MutationJourney(factory);
        var means = await journey.IssueMeansAsync(desk, "68750110", null, UniqueSurname());
        var mutation = await journey.SubmitAndFindAsync(MutationKind.NewActivationLetter, "68750110", means.HolderEmail);

        var response = await ActAsync(desk, mutation.Id, "CarryOut");

        Assert.Contains("staat al een activeringsbrief klaar", await ErrorsAsync(response));
        Assert.Equal(1, await factory.WithDbAsync(db => db.ActivationLetters.CountAsync(l => l.MeansId == means.Id)));
    }
}
