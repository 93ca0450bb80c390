using System.Net;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Activation;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts.Profile;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// Rule 9, across accounts and means: a holder cannot take the address of a colleague whose means is not activated
/// yet (which would dead-end the colleague's activation and send them the holder's username), and a confirmed
/// change reaches every means of the holder, so reminders, mutations and upgrades find them by it.
/// </summary>
public sealed class OneAddressOnePersonTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string PagePath = "/profiel/e-mail";

    [Fact]
    public async Task AColleaguesAddress_WhoseMeansIsNotActivatedYet_IsRefused_AndTheColleagueStillActivates()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var colleague = await ActivationJourney.IssueAsync(factory, AssuranceLevel.EH2);
        var colleagueEmail = $"{colleague.Surname.ToLowerInvariant()}@example.nl";

        var (response, page) = await holder.Client.PostFormAndReadAsync(PagePath, [new("Input.NewEmail", colleagueEmail)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ChangeEmailModel.Taken, BrowserLikeClient.ErrorBeside(page, "Input.NewEmail"));
        Assert.Equal(colleagueEmail, BrowserLikeClient.ValueOf(page, "Input.NewEmail"));
        var journey = new ActivationJourney(factory);
        ActivationJourney.AssertRedirect(await journey.EnterCodeAsync(colleague.Code), "/activeren/middel");
        ActivationJourney.AssertRedirect(await journey.ConfirmHolderAsync(), "/activeren/account");
        ActivationJourney.AssertRedirect(await journey.CreateAccountAsync("collega-" + Guid.NewGuid().ToString("N")[..8]), "/activeren/inloggen");
    }

    [Fact]
    public async Task AConfirmedChange_BecomesTheHoldersAddressOnEveryMeans()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var newEmail = $"verhuisd-{Guid.NewGuid():N}"[..17] + "@example.nl";
        await holder.Client.PostFormAsync(PagePath, [new("Input.NewEmail", newEmail)]);
        var mail = Assert.Single(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == newEmail));
        var path = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"https?://\S+/profiel/e-mail-bevestigen\?\S+").Value[BeheermoduleFactory.PublicBaseUrl.Length..];
        var confirmPage = await holder.Client.GetPageAsync(path);
        var fields = confirmPage.QuerySelectorAll("form[method=post] input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""))
            .Where(f => f.Key != "__RequestVerificationToken").ToList();

        Assert.Equal(HttpStatusCode.Redirect, (await holder.Client.PostFormAsync(path, fields)).StatusCode);

        Assert.Equal(newEmail, await factory.WithDbAsync(db => db.Means.Where(m => m.Id == holder.Issued.MeansId).Select(m => m.HolderEmail).SingleAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "account.email-changed" && e.Details!.Contains("ook bij 1 middel"))));
    }

    [Fact]
    public async Task TwoAccounts_CannotShareANormalisedAddress_TheDatabaseRefuses()
    {
        var holder = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);
        var other = await ActivatedHolder.ActivateAsync(factory, AssuranceLevel.EH2);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var account = await db.Users.SingleAsync(u => u.UserName == other.UserName);
            account.Email = holder.Email.ToUpperInvariant();
            account.NormalizedEmail = holder.Email.ToUpperInvariant();
            return await db.SaveChangesAsync();
        }));
    }
}
