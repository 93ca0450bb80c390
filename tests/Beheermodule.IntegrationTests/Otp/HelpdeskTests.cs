using System.Globalization;
using System.Net;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Mutations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Otp;

/// <summary>Rule 7 at the helpdesk: whose a token is, checking a code read out, revoking a responder, unlocking an account.</summary>
public sealed class HelpdeskTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private readonly TokenStock _stock = new(factory);

    private static string PathOf(string serial) => $"{TokenStock.RespondersPath}?serienummer={Uri.EscapeDataString(serial)}";

    private async Task<(TokenStock.Holder Holder, string Serial, byte[] Seed)> EnrolledTotpAsync(string surname = "Tokenhouder")
    {
        var serial = TokenStock.NewSerial();
        var seed = await _stock.AddAsync(serial, OtpResponderKind.HardwareTotp);
        var holder = await _stock.CreateHolderAsync(surname);
        Assert.NotNull(await _stock.EnrolAsync(holder, serial, _stock.TotpNow(seed)));
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        return (holder, serial, seed);
    }

    [Fact]
    public async Task TheLookUp_BySerial_ShowsTheHolder_AndTheirOrganisation()
    {
        var surname = MutationJourney.UniqueSurname();
        var (holder, serial, _) = await EnrolledTotpAsync(surname);
        var means = await new MutationJourney(factory).IssueEh1MeansAsync("69599076", MutationJourney.UniqueSurname());
        await factory.WithDbAsync(db => db.Means.Where(m => m.Id == means.Id).ExecuteUpdateAsync(m => m.SetProperty(x => x.UserAccountId, holder.Id)));
        var desk = await StaffDesk.SignInAsync(factory);

        var page = await desk.Client.GetPageAsync(PathOf(" " + serial.ToLowerInvariant()));

        Assert.Equal($"T. {surname}", page.QuerySelector("#holder")!.TextContent.Trim());
        Assert.Equal(holder.UserName, page.QuerySelector("#account")!.TextContent.Trim());
        Assert.Contains("Actief", page.QuerySelector("#token-summary")!.TextContent);
        Assert.Contains(means.Organisation.Name, page.QuerySelector("#means")!.TextContent);
        Assert.Contains("KvK 69599076", page.QuerySelector("#means")!.TextContent);
    }

    [Fact]
    public async Task TheLookUp_ShowsATokenStillInStock_AndAnUnknownSerialIsSaidSo()
    {
        var serial = TokenStock.NewSerial();
        await _stock.AddAsync(serial, OtpResponderKind.HardwareHotp);
        var desk = await StaffDesk.SignInAsync(factory);

        var page = await desk.Client.GetPageAsync(PathOf(serial));
        Assert.Contains("In voorraad", page.QuerySelector("#token-summary")!.TextContent);
        Assert.Null(page.QuerySelector("#holder"));

        var unknown = await desk.Client.GetPageAsync(PathOf("ONBEKEND-1"));
        Assert.Contains("Geen token met serienummer ONBEKEND-1", BrowserLikeClient.ErrorBeside(unknown, "serienummer"));
    }

    [Fact]
    public async Task TheHelpdeskCheck_SaysWhetherTheCodeMatches_WithoutUsingItUp()
    {
        var (holder, serial, seed) = await EnrolledTotpAsync();
        var desk = await StaffDesk.SignInAsync(factory);
        var code = _stock.TotpNow(seed);

        var wrong = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, PathOf(serial), "Check", TokenStock.Field("CheckCode", code == "000000" ? "111111" : "000000")));
        Assert.Contains("de code klopt niet", wrong.QuerySelector("#message")!.TextContent);
        var right = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, PathOf(serial), "Check", TokenStock.Field("CheckCode", code)));
        Assert.Equal("Controle van de code: de code klopt.", right.QuerySelector("#message")!.TextContent.Trim());

        Assert.Equal(OtpCheckOutcome.Accepted, await _stock.LogInCodeAsync(holder, code));
        var used = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, PathOf(serial), "Check", TokenStock.Field("CheckCode", code)));
        Assert.Contains("al gebruikt", used.QuerySelector("#message")!.TextContent);
        Assert.Equal(3, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "otp.helpdesk-check" && e.Details!.Contains(serial))));
    }

    [Fact]
    public async Task Revoking_NeedsAReason_ThenTheCodesStopAndTheSessionsEnd()
    {
        var (holder, serial, seed) = await EnrolledTotpAsync();
        var stampBefore = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == holder.Id).Select(u => u.SecurityStamp).SingleAsync());
        var desk = await StaffDesk.SignInAsync(factory);

        var noReason = await TokenStock.PostOnPageAsync(desk, PathOf(serial), "Revoke", TokenStock.Field("RevocationReason", " "));
        Assert.Equal("Geef de reden van het intrekken.", BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(noReason), "RevocationReason"));

        var page = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, PathOf(serial), "Revoke", TokenStock.Field("RevocationReason", "Token verloren in de trein")));

        Assert.Contains("ingetrokken", page.QuerySelector("#message")!.TextContent);
        Assert.Contains("Ingetrokken", page.QuerySelector("#token-summary")!.TextContent);
        Assert.Null(page.QuerySelector("form[action*='handler=Revoke']"));
        var responder = await factory.WithDbAsync(db => db.OtpResponders.SingleAsync(r => r.SerialNumber == serial));
        Assert.Equal(OtpResponderStatus.Revoked, responder.Status);
        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime, responder.RevokedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(OtpCheckOutcome.Wrong, await _stock.LogInCodeAsync(holder, _stock.TotpNow(seed)));
        Assert.NotEqual(stampBefore, await factory.WithDbAsync(db => db.Users.Where(u => u.Id == holder.Id).Select(u => u.SecurityStamp).SingleAsync()));
        var audit = await factory.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "otp.revoked" && e.Details!.Contains(serial)));
        Assert.Equal("account:helpdesk", audit.Actor);
        Assert.Contains("Token verloren in de trein", audit.Details);
    }

    [Fact]
    public async Task ALockedOutAccount_IsFoundByEmail_AndUnlocked()
    {
        var holder = await _stock.CreateHolderAsync();
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var account = (await users.FindByIdAsync(holder.Id))!;
            for (var i = 0; i < 5; i++)
            {
                await users.AccessFailedAsync(account);
            }
            await users.AccessFailedAsync(account);
            Assert.True(await users.IsLockedOutAsync(account));
        }
        var desk = await StaffDesk.SignInAsync(factory);
        var path = $"{TokenStock.AccountsPath}?zoek={Uri.EscapeDataString(holder.Email.ToUpperInvariant())}";

        var page = await desk.Client.GetPageAsync(path);
        Assert.StartsWith("Geblokkeerd tot", page.QuerySelector(".lockout")!.TextContent.Trim());
        Assert.Equal("1", page.QuerySelector(".failures")!.TextContent.Trim());

        page = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, path, "Unlock"));

        Assert.Contains("ontgrendeld", page.QuerySelector("#message")!.TextContent);
        Assert.Equal("Niet geblokkeerd", page.QuerySelector(".lockout")!.TextContent.Trim());
        var stored = await factory.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == holder.Id));
        Assert.Equal((null, 0), (stored.LockoutEnd, stored.AccessFailedCount));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "account.unlocked" && e.Actor == "account:helpdesk" && e.Details!.StartsWith(holder.UserName))));
    }

    [Fact]
    public async Task ABlockedAccount_CannotLogIn_AndItsSessionEndsWithinAMinute_UntilUnlocked()
    {
        var holder = await _stock.CreateHolderAsync();
        var session = new BrowserLikeClient(factory.CreateBrowserClient());
        var signedIn = await session.PostFormAsync("/inloggen", [new("Input.UserName", holder.UserName), new("Input.Password", "Kaart-4719")]);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.Http.GetAsync("/profiel/wachtwoord")).StatusCode);
        var desk = await StaffDesk.SignInAsync(factory);
        var path = $"{TokenStock.AccountsPath}?zoek={holder.UserName}";

        var page = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, path, "Disable", TokenStock.Field("Reason", "Telefoon gestolen")));

        Assert.Contains("geblokkeerd", page.QuerySelector("#message")!.TextContent);
        Assert.StartsWith("Geblokkeerd door de helpdesk", page.QuerySelector(".lockout")!.TextContent.Trim());
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Redirect, (await session.Http.GetAsync("/profiel/wachtwoord")).StatusCode);
        var refused = await new BrowserLikeClient(factory.CreateBrowserClient())
            .PostFormAndReadAsync("/inloggen", [new("Input.UserName", holder.UserName), new("Input.Password", "Kaart-4719")]);
        Assert.Contains("klopt niet", refused.Page.QuerySelector(".alert-error")!.TextContent);
        var audit = await factory.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "account.disabled" && e.Details!.StartsWith(holder.UserName)));
        Assert.Equal("account:helpdesk", audit.Actor);
        Assert.Contains("Telefoon gestolen", audit.Details);

        await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, path, "Unlock"));
        var again = await new BrowserLikeClient(factory.CreateBrowserClient())
            .PostFormAsync("/inloggen", [new("Input.UserName", holder.UserName), new("Input.Password", "Kaart-4719")]);
        Assert.Equal("/", again.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task AnAuthenticatorApp_IsRevokedFromTheAccountPage_WithAReason_AndStopsAtOnce()
    {
        var holder = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var session = await SignInAccounts.SignInWithCodeAsync(factory, holder);
        var desk = await StaffDesk.SignInAsync(factory);
        var path = $"{TokenStock.AccountsPath}?zoek={holder.UserName}";

        var noReason = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, path, "RevokeResponder", TokenStock.Field("Reason", " ")));
        Assert.Equal("Geef de reden van het intrekken.", noReason.QuerySelector("#message")!.TextContent);
        Assert.NotNull(noReason.QuerySelector("form[action*='handler=RevokeResponder']"));

        var page = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, path, "RevokeResponder", TokenStock.Field("Reason", "Telefoon gestolen")));

        Assert.Contains("ingetrokken", page.QuerySelector("#message")!.TextContent);
        Assert.Null(page.QuerySelector("form[action*='handler=RevokeResponder']"));
        Assert.NotNull(page.QuerySelector("form[action*='handler=SendReenrolmentLink']"));
        Assert.Equal(OtpResponderStatus.Revoked, await factory.WithDbAsync(db => db.OtpResponders.Where(r => r.UserAccountId == holder.Id).Select(r => r.Status).SingleAsync()));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Redirect, (await session.Http.GetAsync("/profiel")).StatusCode);
        var audit = await factory.WithDbAsync(db => db.AuditEvents.SingleAsync(e => e.Action == "otp.revoked" && e.Details!.Contains(holder.UserName)));
        Assert.Equal("account:helpdesk", audit.Actor);
        Assert.Contains("Telefoon gestolen", audit.Details);
    }

    [Fact]
    public async Task AResponder_IsRevokedOnlyThroughItsOwnAccount()
    {
        var holder = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var other = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var responderId = await factory.WithDbAsync(db => db.OtpResponders.Where(r => r.UserAccountId == holder.Id).Select(r => r.Id).SingleAsync());
        var desk = await StaffDesk.SignInAsync(factory);
        var path = $"{TokenStock.AccountsPath}?zoek={other.UserName}";

        var form = (await desk.Client.GetPageAsync(path)).QuerySelector("form[action*='handler=RevokeResponder']")!;
        var fields = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => TokenStock.Field(i.GetAttribute("name")!, i.GetAttribute("name") == "ResponderId" ? responderId.ToString(CultureInfo.InvariantCulture) : i.GetAttribute("value") ?? ""))
            .Append(TokenStock.Field("Reason", "Verkeerd account"));

        var response = await desk.Client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(OtpResponderStatus.Active, await factory.WithDbAsync(db => db.OtpResponders.Where(r => r.Id == responderId).Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task TheAccountLookUp_ListsItsResponders_LinkedToTheTokenPage()
    {
        var (holder, serial, _) = await EnrolledTotpAsync();
        var desk = await StaffDesk.SignInAsync(factory);

        var page = await desk.Client.GetPageAsync($"{TokenStock.AccountsPath}?zoek={holder.UserName}");

        Assert.NotNull(page.QuerySelector($"a[href='{TokenStock.RespondersPath}?serienummer={serial}']"));
        Assert.Contains("Niet geblokkeerd", page.QuerySelector(".lockout")!.TextContent);
    }

    [Fact]
    public async Task TheHelpdeskPages_AreForStaffOnly()
    {
        foreach (var path in new[] { TokenStock.TokensPath, TokenStock.RespondersPath, TokenStock.AccountsPath })
        {
            var response = await factory.CreateBrowserClient().GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery);
        }
    }
}
