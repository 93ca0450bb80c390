using System.Net;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Registration;

public sealed class Eh1ConfirmationTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private async Task<(ApplicationJourney Journey, string Reference, string ConfirmPath)> ApplyForEh1Async(string surname)
    {
        var journey = new ApplicationJourney(factory);
        var statusPath = await journey.ApplyAsync(AssuranceLevel.EH1, "69599076", null, [ApplicationJourney.User(surname)]);
        var reference = (await journey.Client.GetPageAsync(statusPath)).QuerySelector(".reference")!.TextContent.Trim();
        var mail = (await factory.DeliveredMailAsync()).Single(m => m.Subject?.Contains(reference) == true);
        Assert.StartsWith("Bevestig uw aanvraag", mail.Subject ?? "");
        var link = ApplicationJourney.ConfirmationLinkIn(mail.TextBody);
        Assert.StartsWith($"{BeheermoduleFactory.PublicBaseUrl}/aanvragen/bevestigen/", link);
        Assert.Contains(link, mail.HtmlBody ?? "");
        return (journey, reference, link[BeheermoduleFactory.PublicBaseUrl.Length..]);
    }

    [Fact]
    public async Task Eh1_ConfirmedThroughTheLinkInTheMail_IsApproved_AndCompletedOnceTheCodesAreMailed()
    {
        var (journey, reference, confirmPath) = await ApplyForEh1Async("Bevestiger");
        Assert.Equal(ApplicationStatus.AwaitingConfirmation, await StatusOf(reference));

        // Opening the link alone changes nothing (mail scanners follow links); the button confirms.
        await journey.Client.GetPageAsync(confirmPath);
        Assert.Equal(ApplicationStatus.AwaitingConfirmation, await StatusOf(reference));
        var (_, confirmed) = await journey.Client.PostFormAndReadAsync(confirmPath, []);

        Assert.Contains("Bedankt, uw aanvraag is bevestigd", confirmed.Body!.TextContent);
        Assert.Equal(ApplicationStatus.Completed, await StatusOf(reference));
        var history = await factory.WithDbAsync(db => db.Applications.Where(a => a.Reference == reference)
            .SelectMany(a => a.StatusChanges).OrderBy(c => c.Id).Select(c => c.Status).ToListAsync());
        Assert.Equal([ApplicationStatus.AwaitingConfirmation, ApplicationStatus.Approved, ApplicationStatus.Completed], history);
        var mails = await factory.DeliveredMailAsync();
        Assert.Contains(mails, m => m.Subject?.Contains(reference) == true && m.TextBody?.Contains("Afgerond") == true);

        var (_, again) = await journey.Client.PostFormAndReadAsync(confirmPath, []);
        Assert.Contains("Deze aanvraag is al bevestigd", again.Body!.TextContent);
    }

    [Fact]
    public async Task Eh1_Confirmed_EachHolderGetsACodeByMail_WhoseHashAloneIsStored_NoLetter()
    {
        var (journey, reference, confirmPath) = await ApplyForEh1Async("Mailcode");
        var confirmedAt = factory.Clock.GetUtcNow().UtcDateTime;

        await journey.Client.PostFormAndReadAsync(confirmPath, []);

        var applicationId = await factory.WithDbAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Id).SingleAsync());
        var means = await factory.WithDbAsync(db => db.Means.Include(m => m.Organisation).Where(m => m.ApplicationId == applicationId).ToListAsync());
        var holder = Assert.Single(means, m => m.HolderSurname == "Mailcode");
        Assert.Equal(AssuranceLevel.EH1, holder.Level);
        Assert.Empty(await factory.WithDbAsync(db => db.ActivationLetters.Where(l => l.ApplicationId == applicationId).ToListAsync()));

        var mail = Assert.Single(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == "mailcode@example.nl"));
        Assert.StartsWith("Uw aanmeldcode voor eHerkenning", mail.Subject);
        var code = ActivationCodeText.In(mail.TextBody!);
        Assert.Contains(code, mail.HtmlBody);
        var stored = await factory.WithDbAsync(db => db.ActivationCodes.SingleAsync(c => c.MeansId == holder.Id));
        Assert.True(factory.Services.GetRequiredService<ActivationCodeHasher>().Matches(code, stored.CodeHash));
        Assert.Equal(confirmedAt.AddDays(30), stored.ExpiresAt);
        Assert.Contains($"geldig tot {DutchDates.FormatWithTime(stored.ExpiresAt)} uur", mail.TextBody);
        Assert.Contains(holder.Organisation.Name, mail.TextBody);
        // Every means of the application got its own code, each by its own e-mail.
        Assert.Equal(means.Count, await factory.WithDbAsync(db => db.ActivationCodes.CountAsync(c => means.Select(m => m.Id).Contains(c.MeansId))));
        // The outbox kept no readable copy.
        Assert.DoesNotContain(await factory.WithDbAsync(db => db.OutgoingMails.Select(m => m.TextBody + m.HtmlBody).ToListAsync()), body => body.Contains(code));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "activation-code.mailed" && e.ApplicationId == applicationId)));
    }

    [Fact]
    public async Task Eh1_NotConfirmedWithinSevenDays_Expires()
    {
        var (journey, reference, confirmPath) = await ApplyForEh1Async("Laatkomer");

        factory.Clock.Advance(TimeSpan.FromDays(7).Add(TimeSpan.FromMinutes(1)));
        await factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>()
            .OfType<RegistrationHousekeeping>().Single().RunOnceAsync();
        Assert.Equal(ApplicationStatus.Expired, await StatusOf(reference));

        var (_, page) = await journey.Client.PostFormAndReadAsync(confirmPath, []);
        Assert.Contains("Deze link is verlopen", page.Body!.TextContent);
        Assert.Equal(ApplicationStatus.Expired, await StatusOf(reference));
    }

    [Fact]
    public async Task Eh1_ConfirmedOnTheLastDay_IsStillAccepted()
    {
        var (journey, reference, confirmPath) = await ApplyForEh1Async("Nipt");
        factory.Clock.Advance(TimeSpan.FromDays(6).Add(TimeSpan.FromHours(23)));

        await journey.Client.PostFormAndReadAsync(confirmPath, []);

        Assert.Equal(ApplicationStatus.Completed, await StatusOf(reference));
    }

    [Fact]
    public async Task ConfirmationLink_WithWrongToken_ChangesNothing()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var (response, page) = await client.PostFormAndReadAsync("/aanvragen/bevestigen/niet-de-goede-link", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Deze link werkt niet", page.Body!.TextContent);
    }

    private Task<ApplicationStatus> StatusOf(string reference) =>
        factory.WithDbAsync(db => db.Applications.Where(a => a.Reference == reference).Select(a => a.Status).SingleAsync());
}
