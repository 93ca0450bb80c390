using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Accounts;
using Beheermodule.IntegrationTests.Activation;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Otp;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Beheermodule.IntegrationTests.Otp;

/// <summary>
/// Rule 7 after a revocation: the helpdesk e-mails a link (one hour, once) to an account without an active responder;
/// with the link and the password the holder enrols a new app or token, and logs in with its code from then on.
/// </summary>
public sealed class ResponderReenrolmentTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string PagePath = "/otp-responder/opnieuw";
    private const string SendHandler = "SendReenrolmentLink";
    private const string LinkSubject = "Nieuwe OTP-responder koppelen voor eHerkenning";

    [Fact]
    public async Task TheWholeFlow_RevokeSendLinkPasswordApp_ThenTheNewCodeOpensTheAccount()
    {
        var account = await RevokedHolderAsync(factory);
        var stranded = await SignInAccounts.PostPasswordAsync(new BrowserLikeClient(factory.CreateBrowserClient()), account.UserName);
        Assert.Equal("/inloggen/geen-otp-responder", stranded.Headers.Location!.OriginalString);
        var desk = await StaffDesk.SignInAsync(factory);

        var staffPage = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, AccountPath(account), SendHandler));

        Assert.Contains("De link is verstuurd", staffPage.QuerySelector("#message")!.TextContent);
        var link = await LinkMailedToAsync(factory, account);
        Assert.StartsWith($"{BeheermoduleFactory.PublicBaseUrl}{PagePath}?account=", link);
        var holder = new BrowserLikeClient(factory.CreateBrowserClient());
        var path = link[BeheermoduleFactory.PublicBaseUrl.Length..];
        var passwordPage = await holder.GetPageAsync(path);
        Assert.Contains(account.UserName, passwordPage.QuerySelector("main")!.TextContent);
        Assert.Null(passwordPage.QuerySelector("code.otp-key"));

        var enrolPage = await ProvePasswordAsync(holder, path);
        var newSeed = ActivationJourney.SeedShownOn(enrolPage);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var done = await PostFormOfAsync(holder, enrolPage, "Authenticator", TokenStock.Field("Code", TotpCode.Compute(newSeed, factory.Clock.GetUtcNow())));

        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal("/inloggen", done.Headers.Location!.OriginalString);
        Assert.Equal(ReenrolModel.Enrolled, (await holder.GetPageAsync("/inloggen")).QuerySelector("#notice")!.TextContent.Trim());
        var notice = Assert.Single(await MailsToAsync(factory, account), m => m.Subject == "Er is een nieuwe OTP-responder gekoppeld aan uw eHerkenning-account");
        Assert.Contains("een authenticator-app", notice.TextBody);
        Assert.Contains(account.UserName, notice.TextBody);
        var events = await factory.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Action.StartsWith("otp.reenrol")).ToListAsync());
        Assert.Contains(events, e => e.Action == "otp.reenrolment-link-sent" && e.Outcome == AuditOutcome.Success && e.Actor == "account:helpdesk" && e.Details!.StartsWith(account.UserName));
        Assert.Contains(events, e => e.Action == "otp.reenrolment-password" && e.Outcome == AuditOutcome.Success && e.Actor == $"account:{account.UserName}");
        Assert.Contains(events, e => e.Action == "otp.reenrolled" && e.Outcome == AuditOutcome.Success && e.Actor == $"account:{account.UserName}");

        // The next log-in asks the new app's code; the revoked one's does not work.
        var withOld = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.StartsWith("/inloggen/code", (await SignInAccounts.PostPasswordAsync(withOld, account.UserName)).Headers.Location!.OriginalString);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(HttpStatusCode.OK, (await SignInAccounts.PostCodeAsync(withOld, SignInAccounts.Code(account, factory.Clock.GetUtcNow()))).StatusCode);
        var withNew = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.StartsWith("/inloggen/code", (await SignInAccounts.PostPasswordAsync(withNew, account.UserName)).Headers.Location!.OriginalString);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var signedIn = await SignInAccounts.PostCodeAsync(withNew, TotpCode.Compute(newSeed, factory.Clock.GetUtcNow()));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ARevokedToken_LeadsTheHelpdeskToTheAccount_WhereTheLinkIsOffered()
    {
        var stock = new TokenStock(factory);
        var serial = TokenStock.NewSerial();
        var seed = await stock.AddAsync(serial, OtpResponderKind.HardwareTotp);
        var holder = await stock.CreateHolderAsync();
        Assert.NotNull(await stock.EnrolAsync(holder, serial, stock.TotpNow(seed)));
        var desk = await StaffDesk.SignInAsync(factory);
        var tokenPath = $"{TokenStock.RespondersPath}?serienummer={serial}";
        var accountPath = $"{TokenStock.AccountsPath}?zoek={Uri.EscapeDataString(holder.UserName)}";
        Assert.NotNull((await desk.Client.GetPageAsync(accountPath)).QuerySelector("section.account"));
        Assert.Null((await desk.Client.GetPageAsync(accountPath)).QuerySelector($"form[action*='handler={SendHandler}']"));

        var revoked = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, tokenPath, "Revoke", TokenStock.Field("RevocationReason", "Token kapot")));

        Assert.Equal(accountPath, revoked.QuerySelector("a#reenrolment")!.GetAttribute("href"));
        var accountPage = await desk.Client.GetPageAsync(accountPath);
        Assert.Equal("Link voor nieuwe OTP-responder sturen", accountPage.QuerySelector($"form[action*='handler={SendHandler}'] button")!.TextContent.Trim());
    }

    [Fact]
    public async Task AHardwareTokenFromStock_CanBeEnrolledThroughTheLink()
    {
        var account = await RevokedHolderAsync(factory);
        var serial = TokenStock.NewSerial();
        var seed = await new TokenStock(factory).AddAsync(serial, OtpResponderKind.HardwareTotp);
        var (holder, path) = await HolderWithLinkAsync(factory, account);
        await ProvePasswordAsync(holder, path);

        var wrong = await PostOnPageAsync(holder, path, "Token", new("Token.SerialNumber", serial), new("Token.Code", TotpCode.Compute(seed, factory.Clock.GetUtcNow()) == "000000" ? "111111" : "000000"));
        Assert.Equal(HardwareTokenEnrolment.Refusal, BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(wrong), "Token.Code"));
        var done = await PostOnPageAsync(holder, path, "Token", new("Token.SerialNumber", serial.ToLowerInvariant()), new("Token.Code", TotpCode.Compute(seed, factory.Clock.GetUtcNow())));

        Assert.Equal("/inloggen", done.Headers.Location!.OriginalString);
        var responder = await factory.WithDbAsync(db => db.OtpResponders.AsNoTracking().SingleAsync(r => r.UserAccountId == account.Id && r.Status == OtpResponderStatus.Active));
        Assert.Equal(serial, responder.SerialNumber);
        var notice = Assert.Single(await MailsToAsync(factory, account), m => m.Subject?.StartsWith("Er is een nieuwe OTP-responder") == true);
        Assert.Contains(serial, notice.TextBody);
    }

    [Fact]
    public async Task AWrongPassword_CountsTowardsTheLockout_AsAtLogIn()
    {
        var account = await RevokedHolderAsync(factory);
        var (holder, path) = await HolderWithLinkAsync(factory, account);

        var wrong = await PostOnPageAsync(holder, path, "Password", TokenStock.Field("Input.Password", "Verkeerd-2026"));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(wrong);
        Assert.Equal(ReenrolModel.WrongPassword, BrowserLikeClient.ErrorBeside(page, "Input.Password"));
        Assert.Null(page.QuerySelector("code.otp-key"));
        Assert.Equal(1, await FailuresAsync(account));
        for (var i = 0; i < 4; i++)
        {
            await PostOnPageAsync(holder, path, "Password", TokenStock.Field("Input.Password", "Verkeerd-2026"));
        }
        var lockoutEnd = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).Select(u => u.LockoutEnd).SingleAsync());
        Assert.True(lockoutEnd > factory.Clock.GetUtcNow(), $"expected a lock-out, found {lockoutEnd}");
        // While locked, even the right password does not open the next step, here or at log-in.
        var locked = await PostOnPageAsync(holder, path, "Password", TokenStock.Field("Input.Password", SignInAccounts.Password));
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Null((await BrowserLikeClient.ReadPageAsync(locked)).QuerySelector("code.otp-key"));
        Assert.Equal(6, await factory.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Action == "otp.reenrolment-password" && e.Actor == $"account:{account.UserName}" && e.Outcome == AuditOutcome.Refused)));
    }

    [Fact]
    public async Task WithoutThePasswordStep_TheEnrolmentFormsAreNotAccepted()
    {
        var account = await RevokedHolderAsync(factory);
        var (holder, path) = await HolderWithLinkAsync(factory, account);
        var page = await holder.GetPageAsync(path);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var query = path[(path.IndexOf('?') + 1)..];

        var response = await holder.Http.PostAsync($"{PagePath}?handler=Authenticator&{query}",
            new FormUrlEncodedContent([new("Code", "123456"), new("SealedSeed", "x"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.OtpResponders.CountAsync(r => r.UserAccountId == account.Id && r.Status == OtpResponderStatus.Active)));
    }

    [Fact]
    public async Task TheLink_IsRefusedAfterOneHourAndOneSecond_WithWhomToCall()
    {
        var account = await RevokedHolderAsync(factory);
        var (holder, path) = await HolderWithLinkAsync(factory, account);
        factory.Clock.Advance(TimeSpan.FromHours(1) - TimeSpan.FromSeconds(1));
        Assert.NotNull((await holder.GetPageAsync(path)).QuerySelector("input[name='Input.Password']"));

        factory.Clock.Advance(TimeSpan.FromSeconds(2));

        AssertLinkRefused(await holder.GetPageAsync(path));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "otp.reenrolment" && e.Outcome == AuditOutcome.Refused)));
    }

    [Fact]
    public async Task TheLink_WorksOnce_ASecondTabCannotEnrolAgain()
    {
        var account = await RevokedHolderAsync(factory);
        var (first, path) = await HolderWithLinkAsync(factory, account);
        var second = new BrowserLikeClient(factory.CreateBrowserClient());
        var firstPage = await ProvePasswordAsync(first, path);
        var secondPage = await ProvePasswordAsync(second, path);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal("/inloggen", (await PostFormOfAsync(first, firstPage, "Authenticator",
            TokenStock.Field("Code", TotpCode.Compute(ActivationJourney.SeedShownOn(firstPage), factory.Clock.GetUtcNow())))).Headers.Location!.OriginalString);

        var again = await PostFormOfAsync(second, secondPage, "Authenticator", TokenStock.Field("Code", TotpCode.Compute(ActivationJourney.SeedShownOn(secondPage), factory.Clock.GetUtcNow())));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        AssertLinkRefused(await BrowserLikeClient.ReadPageAsync(again));
        AssertLinkRefused(await first.GetPageAsync(path));
        Assert.Equal(1, await factory.WithDbAsync(db => db.OtpResponders.CountAsync(r => r.UserAccountId == account.Id && r.Status == OtpResponderStatus.Active)));
    }

    [Fact]
    public async Task ALinkForAnotherAccount_OrAForgedOne_IsRefused()
    {
        var account = await RevokedHolderAsync(factory);
        var other = await RevokedHolderAsync(factory);
        var (holder, path) = await HolderWithLinkAsync(factory, account);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        AssertLinkRefused(await client.GetPageAsync(path.Replace(Uri.EscapeDataString(account.Id), Uri.EscapeDataString(other.Id))));
        AssertLinkRefused(await client.GetPageAsync($"{PagePath}?account={Uri.EscapeDataString(account.Id)}&sleutel=bmVwLWxpbms"));
        AssertLinkRefused(await client.GetPageAsync($"{PagePath}?account={Uri.EscapeDataString(account.Id)}"));
        // A password reset link is not a re-enrolment link, even for the same account.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
            var resetToken = await users.GeneratePasswordResetTokenAsync((await users.FindByIdAsync(account.Id))!);
            AssertLinkRefused(await client.GetPageAsync($"{PagePath}?account={Uri.EscapeDataString(account.Id)}&sleutel={resetToken}"));
        }
        // The other account's password does not pass this account's step either.
        var wrong = await PostOnPageAsync(holder, path, "Password", TokenStock.Field("Input.Password", "Ander-2026x"));
        Assert.Equal(ReenrolModel.WrongPassword, BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(wrong), "Input.Password"));
    }

    [Fact]
    public async Task Staff_AreRefused_WhileTheAccountHasAnActiveResponder_OrIsBlocked()
    {
        var active = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var desk = await StaffDesk.SignInAsync(factory);
        var page = await desk.Client.GetPageAsync(AccountPath(active));
        Assert.Null(page.QuerySelector($"form[action*='handler={SendHandler}']"));

        // Posted anyway, from a page shown before the responder came, say.
        var response = await desk.Client.Http.PostAsync($"{TokenStock.AccountsPath}?handler={SendHandler}", new FormUrlEncodedContent([
            new("AccountId", active.Id), new("zoek", active.UserName),
            new("__RequestVerificationToken", page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!)]));
        var refused = await TokenStock.FollowAsync(desk, response);

        Assert.Contains("nog een actieve OTP-responder", refused.QuerySelector(".alert-error #message")!.TextContent);
        Assert.DoesNotContain(await MailsToAsync(factory, active), m => m.Subject == LinkSubject);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "otp.reenrolment-link-sent" && e.Outcome == AuditOutcome.Refused && e.Actor == "account:helpdesk" && e.Details!.StartsWith(active.UserName))));

        var blocked = await RevokedHolderAsync(factory);
        await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, AccountPath(blocked), "Disable", TokenStock.Field("Reason", "Misbruik gemeld")));
        Assert.Null((await desk.Client.GetPageAsync(AccountPath(blocked))).QuerySelector($"form[action*='handler={SendHandler}']"));
        await using var scope = factory.Services.CreateAsyncScope();
        var error = await scope.ServiceProvider.GetRequiredService<Beheermodule.Core.Otp.Reenrolment.ResponderReenrolment>().SendLinkAsync(blocked.Id, "helpdesk");
        Assert.Contains("geblokkeerd", error);
        Assert.DoesNotContain(await MailsToAsync(factory, blocked), m => m.Subject == LinkSubject);
    }

    [Fact]
    public async Task NonStaff_CannotSendALink()
    {
        var target = await RevokedHolderAsync(factory);
        var holder = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.Equal("/", (await SignInAccounts.PostPasswordAsync(client, holder.UserName)).Headers.Location!.OriginalString);
        var token = (await client.GetPageAsync("/profiel/wachtwoord")).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await client.Http.PostAsync($"{TokenStock.AccountsPath}?handler={SendHandler}",
            new FormUrlEncodedContent([new("AccountId", target.Id), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain(await MailsToAsync(factory, target), m => m.Subject == LinkSubject);
    }

    [Fact]
    public async Task EveryForm_CarriesAnAntiforgeryToken_AndAPostWithoutOneIsRefused()
    {
        var account = await RevokedHolderAsync(factory);
        var (holder, path) = await HolderWithLinkAsync(factory, account);
        AssertFormsHaveTokens(await holder.GetPageAsync(path));
        var query = path[(path.IndexOf('?') + 1)..];

        var bare = await holder.Http.PostAsync($"{PagePath}?handler=Password&{query}", new FormUrlEncodedContent([new("Input.Password", SignInAccounts.Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(0, await FailuresAsync(account));
        AssertFormsHaveTokens(await ProvePasswordAsync(holder, path));
    }

    private static void AssertFormsHaveTokens(IHtmlDocument page)
    {
        var forms = page.QuerySelectorAll("form[method=post]");
        Assert.NotEmpty(forms);
        Assert.All(forms, f => Assert.NotNull(f.QuerySelector("input[name=__RequestVerificationToken]")));
    }

    private static void AssertLinkRefused(IHtmlDocument page)
    {
        Assert.Contains("Deze link werkt niet (meer)", page.QuerySelector(".alert-error")!.TextContent);
        Assert.Contains("Bel de helpdesk opnieuw", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("input[type=password]"));
        Assert.Null(page.QuerySelector("code.otp-key"));
    }

    private static string AccountPath(TestAccount account) => $"{TokenStock.AccountsPath}?zoek={Uri.EscapeDataString(account.UserName)}";

    /// <summary>An EH3 holder whose authenticator the helpdesk has revoked.</summary>
    internal static async Task<TestAccount> RevokedHolderAsync(BeheermoduleFactory factory)
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Beheermodule.Core.Data.BeheermoduleDbContext>();
        var responderId = await db.OtpResponders.Where(r => r.UserAccountId == account.Id).Select(r => r.Id).SingleAsync();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<OtpResponderRevocation>().RevokeAsync(responderId, "Telefoon verloren", "helpdesk"));
        return account;
    }

    /// <summary>The helpdesk sends the link (through the service, to keep tests short); the holder's browser and the link's path.</summary>
    internal static async Task<(BrowserLikeClient Holder, string Path)> HolderWithLinkAsync(BeheermoduleFactory factory, TestAccount account)
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<Beheermodule.Core.Otp.Reenrolment.ResponderReenrolment>().SendLinkAsync(account.Id, "helpdesk"));
        }
        return (new BrowserLikeClient(factory.CreateBrowserClient()), (await LinkMailedToAsync(factory, account))[BeheermoduleFactory.PublicBaseUrl.Length..]);
    }

    private static async Task<string> LinkMailedToAsync(BeheermoduleFactory factory, TestAccount account)
    {
        var mail = Assert.Single(await MailsToAsync(factory, account), m => m.Subject == LinkSubject);
        return Regex.Match(mail.TextBody ?? "", @"\S*otp-responder/opnieuw\S*").Value;
    }

    private static async Task<IReadOnlyList<MimeMessage>> MailsToAsync(BeheermoduleFactory factory, TestAccount account) =>
        (await factory.DeliveredMailAsync()).Where(m => m.To.Mailboxes.Any(a => a.Address == account.Email)).ToList();

    private Task<int> FailuresAsync(TestAccount account) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Id == account.Id).Select(u => u.AccessFailedCount).SingleAsync());

    /// <summary>Types the right password; returns the enrolment step the redirect leads to.</summary>
    private static async Task<IHtmlDocument> ProvePasswordAsync(BrowserLikeClient holder, string path)
    {
        var response = await PostOnPageAsync(holder, path, "Password", TokenStock.Field("Input.Password", SignInAccounts.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await holder.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.NotNull(page.QuerySelector("code.otp-key"));
        return page;
    }

    /// <summary>Loads <paramref name="path"/> and sends its form for <paramref name="handler"/>, hidden fields and all.</summary>
    internal static async Task<HttpResponseMessage> PostOnPageAsync(BrowserLikeClient client, string path, string handler, params KeyValuePair<string, string>[] fields) =>
        await PostFormOfAsync(client, await client.GetPageAsync(path), handler, fields);

    private static Task<HttpResponseMessage> PostFormOfAsync(BrowserLikeClient client, IHtmlDocument page, string handler, params KeyValuePair<string, string>[] fields)
    {
        var form = page.QuerySelectorAll("form[method=post]").SingleOrDefault(f => f.GetAttribute("action")?.Contains($"handler={handler}") == true)
            ?? throw new InvalidOperationException($"No {handler} form on the page.");
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(hidden.Concat(fields)));
    }
}

/// <summary>The password step on the link's page shares the username's attempt budget with the log-in page.</summary>
public sealed class ResponderReenrolmentRateLimitTests(TightUserNameLimitFactory factory) : IClassFixture<TightUserNameLimitFactory>
{
    [Fact]
    public async Task ThePasswordStep_CountsAgainstTheUserNamesLogInBudget()
    {
        var account = await ResponderReenrolmentTests.RevokedHolderAsync(factory);
        var (holder, path) = await ResponderReenrolmentTests.HolderWithLinkAsync(factory, account);
        for (var i = 0; i < 2; i++)
        {
            await SignInAccounts.PostPasswordAsync(new BrowserLikeClient(factory.CreateBrowserClient()), account.UserName, "Verkeerd-2026");
        }
        var third = await ResponderReenrolmentTests.PostOnPageAsync(holder, path, "Password", TokenStock.Field("Input.Password", "Verkeerd-2026"));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);

        var fourth = await ResponderReenrolmentTests.PostOnPageAsync(holder, path, "Password", TokenStock.Field("Input.Password", SignInAccounts.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal("Even geduld", (await BrowserLikeClient.ReadPageAsync(fourth)).QuerySelector("h1")!.TextContent.Trim());
    }
}
