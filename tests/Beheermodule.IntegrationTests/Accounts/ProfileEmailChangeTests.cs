using System.Net;
using System.Text.RegularExpressions;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts.Profile;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// Rule 9: a holder changes only their own e-mail address, never to one another account uses. The link goes to the
/// new address on the public base address, the old one hears of it, and the address changes only by the link, once,
/// within 24 hours.
/// </summary>
public sealed partial class ProfileEmailChangeTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string PagePath = "/profiel/e-mail";

    [Fact]
    public async Task AnAddressAnotherAccountUses_IsRefusedBesideTheField_InAnyCase_AndNoLinkIsSent()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var other = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var typed = "  " + other.Email.ToUpperInvariant();
        var mailBefore = (await factory.DeliveredMailAsync()).Count;

        var (response, page) = await holder.Client.PostFormAndReadAsync(PagePath, [new("Input.NewEmail", typed)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ChangeEmailModel.Taken, BrowserLikeClient.ErrorBeside(page, "Input.NewEmail"));
        Assert.Equal(typed, BrowserLikeClient.ValueOf(page, "Input.NewEmail"));
        Assert.Equal(mailBefore, (await factory.DeliveredMailAsync()).Count);
        Assert.Equal(holder.Email, await EmailOfAsync(holder.UserName));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "account.email-change-requested" && e.Outcome == AuditOutcome.Refused && e.Actor == $"account:{holder.UserName}")));
    }

    [Fact]
    public async Task TheCurrentAddress_IsRefusedBesideTheField()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);

        var (_, page) = await holder.Client.PostFormAndReadAsync(PagePath, [new("Input.NewEmail", holder.Email.ToUpperInvariant())]);

        Assert.Equal(ChangeEmailModel.Unchanged, BrowserLikeClient.ErrorBeside(page, "Input.NewEmail"));
    }

    [Fact]
    public async Task ANewAddress_GetsALinkOnThePublicAddress_TheOldOneANotice_AndChangesOnlyByTheLink_Once()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var newEmail = $"nieuw-{Guid.NewGuid():N}"[..14] + "@example.nl";

        var response = await holder.Client.PostFormAsync(PagePath, [new("Input.NewEmail", newEmail)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/profiel", response.Headers.Location!.OriginalString);
        Assert.Contains(newEmail, (await holder.Client.GetPageAsync("/profiel")).QuerySelector(".alert-ok")!.TextContent);
        var mail = await factory.DeliveredMailAsync();
        var confirmation = Assert.Single(mail, m => m.To.Mailboxes.Any(a => a.Address == newEmail));
        Assert.Equal("Bevestig uw nieuwe e-mailadres voor eHerkenning", confirmation.Subject);
        var link = LinkIn(confirmation);
        Assert.StartsWith(BeheermoduleFactory.PublicBaseUrl + "/profiel/e-mail-bevestigen?", link);
        var notice = Assert.Single(mail, m => m.To.Mailboxes.Any(a => a.Address == holder.Email) && m.Subject!.Contains("e-mailadres"));
        Assert.Contains(newEmail, notice.TextBody);
        Assert.DoesNotContain(link, notice.TextBody);
        Assert.Equal(holder.Email, await EmailOfAsync(holder.UserName));

        // Opening the link changes nothing yet: the button does.
        var path = link[BeheermoduleFactory.PublicBaseUrl.Length..];
        var confirmPage = await holder.Client.GetPageAsync(path);
        Assert.Contains(newEmail, confirmPage.QuerySelector("main")!.TextContent);
        Assert.Equal(holder.Email, await EmailOfAsync(holder.UserName));

        var confirmed = await holder.Client.PostFormAsync(path, FormFields(confirmPage));

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(newEmail, await EmailOfAsync(holder.UserName));
        Assert.Contains(newEmail, (await holder.Client.GetPageAsync("/profiel")).QuerySelector("main")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "account.email-changed" && e.Outcome == AuditOutcome.Success && e.Actor == $"account:{holder.UserName}")));

        // The same link a second time does not work.
        var again = await holder.Client.GetPageAsync(path);
        Assert.Contains(ConfirmEmailModel.LinkRefused, again.QuerySelector(".alert-error")!.TextContent);
        Assert.Null(again.QuerySelector("main form[method=post]"));
    }

    [Fact]
    public async Task ALinkOlderThan24Hours_IsRefused_AndTheAddressStays()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var newEmail = $"laat-{Guid.NewGuid():N}"[..13] + "@example.nl";
        await holder.Client.PostFormAsync(PagePath, [new("Input.NewEmail", newEmail)]);
        var path = LinkIn(Assert.Single(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == newEmail)))[BeheermoduleFactory.PublicBaseUrl.Length..];
        var fields = FormFields(await holder.Client.GetPageAsync(path));

        factory.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        // The session has long expired by now: the holder logs in again, as they would.
        await holder.Journey.LogInAsync(holder.UserName, seed: null, returnUrl: "/profiel");

        var page = await holder.Client.GetPageAsync(path);
        Assert.Contains(ConfirmEmailModel.LinkRefused, page.QuerySelector(".alert-error")!.TextContent);
        var refused = await holder.Client.PostFormAsync(path, fields);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal(holder.Email, await EmailOfAsync(holder.UserName));
    }

    [Fact]
    public async Task AnAddressTakenAfterTheLinkWasSent_IsRefusedAtConfirmation()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var newEmail = $"race-{Guid.NewGuid():N}"[..13] + "@example.nl";
        await holder.Client.PostFormAsync(PagePath, [new("Input.NewEmail", newEmail)]);
        var path = LinkIn(Assert.Single(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == newEmail)))[BeheermoduleFactory.PublicBaseUrl.Length..];
        var confirmPage = await holder.Client.GetPageAsync(path);
        var other = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == other.UserName)
            .ExecuteUpdateAsync(set => set.SetProperty(u => u.Email, newEmail).SetProperty(u => u.NormalizedEmail, newEmail.ToUpperInvariant())));

        var (response, page) = await holder.Client.PostFormAndReadAsync(path, FormFields(confirmPage));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ConfirmEmailModel.Taken, page.QuerySelector(".alert-error")!.TextContent);
        Assert.Equal(holder.Email, await EmailOfAsync(holder.UserName));
    }

    private Task<string?> EmailOfAsync(string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Email).SingleAsync());

    private static List<KeyValuePair<string, string>> FormFields(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelectorAll("form[method=post] input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(f => f.Key != "__RequestVerificationToken")
            .ToList();

    private static string LinkIn(MimeMessage mail) => ConfirmLink().Match(mail.TextBody ?? "").Value;

    [GeneratedRegex(@"https?://\S+/profiel/e-mail-bevestigen\?\S+")]
    private static partial Regex ConfirmLink();
}
