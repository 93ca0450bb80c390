using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>
/// Rule 8: a forgotten password is replaced through a link e-mailed to the account's address. The link comes from the
/// configured public address, works one hour and once, and setting the password signs nobody in.
/// </summary>
public sealed class PasswordResetTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private const string ForgotPath = "/inloggen/wachtwoord-vergeten";
    private const string OldPassword = "zomer26fiets";
    private const string NewPassword = "wolk73regen";

    [Fact]
    public async Task AnUnknownUserName_GetsTheSameAnswer_AndNoMailGoesOut()
    {
        var known = await CreateAccountAsync();
        var knownAnswer = await AskAsync(known);
        var mailBefore = (await factory.DeliveredMailAsync()).Count;

        var unknownAnswer = await AskAsync("niemand-" + known);

        Assert.Contains("Als de gebruikersnaam", knownAnswer);
        Assert.Equal(knownAnswer.Replace(known, "NAAM"), unknownAnswer.Replace("niemand-" + known, "NAAM"));
        Assert.Equal(mailBefore, (await factory.DeliveredMailAsync()).Count);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "account.password-reset-requested" && e.Outcome == AuditOutcome.Refused && e.Details!.Contains("niemand-" + known))));
    }

    [Fact]
    public async Task AKnownUserName_GetsALinkOnThePublicAddress_EvenWhenTheRequestNamesAnotherHost()
    {
        var userName = await CreateAccountAsync();
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var form = await client.GetPageAsync(ForgotPath);
        var request = new HttpRequestMessage(HttpMethod.Post, ForgotPath)
        {
            Content = new FormUrlEncodedContent([
                new("Input.UserName", userName),
                new("__RequestVerificationToken", form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            ]),
        };
        request.Headers.Host = "evil.example";

        var response = await client.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var mail = await MailToAsync(userName);
        Assert.Equal("Nieuw wachtwoord kiezen voor eHerkenning", mail.Subject);
        var link = Regex.Match(mail.TextBody ?? "", @"\S*wachtwoord-herstellen\S*").Value;
        Assert.StartsWith($"{BeheermoduleFactory.PublicBaseUrl}/inloggen/wachtwoord-herstellen?account=", link);
        Assert.DoesNotContain("evil.example", mail.TextBody + mail.HtmlBody);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e =>
            e.Action == "account.password-reset-requested" && e.Outcome == AuditOutcome.Success && e.Details == userName)));
    }

    [Fact]
    public async Task TheLink_SetsANewPassword_SendsANotice_AndWorksOnlyOnce()
    {
        var userName = await CreateAccountAsync();
        var link = await RequestLinkAsync(userName);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await client.PostFormAsync(link, [new("Input.NewPassword", NewPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inloggen/wachtwoord-hersteld", response.Headers.Location!.ToString());
        var done = await client.GetPageAsync("/inloggen/wachtwoord-hersteld");
        Assert.NotNull(done.QuerySelector("a[href='/inloggen']"));
        Assert.True(await PasswordIsAsync(userName, NewPassword));
        var notice = await MailToAsync(userName, "Uw wachtwoord voor eHerkenning is gewijzigd");
        Assert.Contains("Deed u dit niet zelf?", notice.TextBody, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("088 000 00 00", notice.TextBody);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "account.password-reset" && e.Outcome == AuditOutcome.Success && e.Details == userName)));

        var (again, page) = await client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains(ResetPasswordModel.LinkRefusedMessage, page.QuerySelector(".alert-error")!.TextContent);
        Assert.Null(page.QuerySelector("input[type=password]"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "account.password-reset" && e.Outcome == AuditOutcome.Refused)));
    }

    [Fact]
    public async Task TheLink_PostedTwice_IsRefusedTheSecondTime_AndTheFirstPasswordStays()
    {
        var userName = await CreateAccountAsync();
        var link = await RequestLinkAsync(userName);
        var first = new BrowserLikeClient(factory.CreateBrowserClient());
        var second = new BrowserLikeClient(factory.CreateBrowserClient());
        var secondForm = await second.GetPageAsync(link);
        var token = secondForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(link, [new("Input.NewPassword", NewPassword)])).StatusCode);
        var response = await second.Http.PostAsync(link, new FormUrlEncodedContent([new("Input.NewPassword", "anders48pad"), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await BrowserLikeClient.ReadPageAsync(response);
        Assert.Contains(ResetPasswordModel.LinkRefusedMessage, page.QuerySelector(".alert-error")!.TextContent);
        Assert.True(await PasswordIsAsync(userName, NewPassword));
    }

    [Fact]
    public async Task TheLink_StillWorksAfter59Minutes()
    {
        var userName = await CreateAccountAsync();
        var link = await RequestLinkAsync(userName);
        factory.Clock.Advance(TimeSpan.FromMinutes(59));
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await client.PostFormAsync(link, [new("Input.NewPassword", NewPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.True(await PasswordIsAsync(userName, NewPassword));
    }

    [Fact]
    public async Task TheLink_IsRefusedAfter61Minutes()
    {
        var userName = await CreateAccountAsync();
        var link = await RequestLinkAsync(userName);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var form = await client.GetPageAsync(link);
        factory.Clock.Advance(TimeSpan.FromMinutes(61));

        var (_, page) = await client.GetAsync(link);
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var posted = await client.Http.PostAsync(link, new FormUrlEncodedContent([new("Input.NewPassword", NewPassword), new("__RequestVerificationToken", token)]));

        Assert.Contains(ResetPasswordModel.LinkRefusedMessage, page.QuerySelector(".alert-error")!.TextContent);
        Assert.Contains(ResetPasswordModel.LinkRefusedMessage, (await BrowserLikeClient.ReadPageAsync(posted)).QuerySelector(".alert-error")!.TextContent);
        Assert.True(await PasswordIsAsync(userName, OldPassword));
    }

    [Theory]
    [InlineData("garbled")]
    [InlineData("cut-off")]
    [InlineData("other-account")]
    [InlineData("missing")]
    public async Task AForgedOrDamagedLink_IsRefused(string damage)
    {
        var userName = await CreateAccountAsync();
        var link = await RequestLinkAsync(userName);
        var code = Regex.Match(link, "code=([^&]+)").Groups[1].Value;
        var otherId = await IdOfAsync(await CreateAccountAsync());
        var forged = damage switch
        {
            "garbled" => link.Replace(code, code[..10] + (code[10] == 'A' ? 'B' : 'A') + code[11..]),
            "cut-off" => link.Replace(code, code[..(code.Length / 2)]),
            "other-account" => Regex.Replace(link, "account=[^&]+", $"account={otherId}"),
            _ => Regex.Replace(link, "&code=[^&]+", ""),
        };
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var (response, page) = await client.GetAsync(forged);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ResetPasswordModel.LinkRefusedMessage, page.QuerySelector(".alert-error")!.TextContent);
        Assert.Null(page.QuerySelector("input[type=password]"));
        Assert.True(await PasswordIsAsync(userName, OldPassword));
    }

    [Fact]
    public async Task ANewPasswordAgainstThePolicy_IsRefusedWithTheReasonBesideTheField()
    {
        var userName = await CreateAccountAsync();
        var link = await RequestLinkAsync(userName);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var (response, page) = await client.PostFormAndReadAsync(link, [new("Input.NewPassword", "wolkenregen123456")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Gebruik hoogstens 16 tekens; u gebruikte er 17.", BrowserLikeClient.ErrorBeside(page, "Input.NewPassword"));
        Assert.Equal("", BrowserLikeClient.ValueOf(page, "Input.NewPassword"));
        // Without script, the checklist shows which rule the posted password broke.
        Assert.Contains("rule-unmet", page.QuerySelector("[data-rule=length]")!.ClassName);
        Assert.Contains("nog niet voldaan", page.QuerySelector("[data-rule=length]")!.TextContent);
        Assert.Contains("rule-met", page.QuerySelector("[data-rule=digits]")!.ClassName);
        Assert.True(await PasswordIsAsync(userName, OldPassword));

        // The refusal did not use up the link.
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync(link, [new("Input.NewPassword", NewPassword)])).StatusCode);
    }

    [Fact]
    public async Task TheResetPage_ShowsTheChecklistOfThePreset_AsALiveRegion()
    {
        var userName = await CreateAccountAsync();
        var page = await new BrowserLikeClient(factory.CreateBrowserClient()).GetPageAsync(await RequestLinkAsync(userName));

        var field = page.QuerySelector("[data-password-checklist]")!;
        Assert.Equal("Nieuw wachtwoord", field.QuerySelector("label[for='Input_NewPassword']")!.TextContent.Trim());
        Assert.Equal("new-password", field.QuerySelector("input[name='Input.NewPassword']")!.GetAttribute("autocomplete"));
        Assert.Equal("polite", field.QuerySelector("ul")!.GetAttribute("aria-live"));
        Assert.Equal(["length", "letters", "digits", "specials", "allowed-characters", "not-common", "no-names"],
            field.QuerySelectorAll("[data-rule]").Select(r => r.GetAttribute("data-rule")!));
        Assert.Equal(userName, field.GetAttribute("data-user-name"));
        Assert.NotNull(page.QuerySelector("script[src^='/js/password-checklist.js']"));
    }

    [Fact]
    public async Task AfterAReset_AnAccountWithAnOtpResponder_StillNeedsItsCode()
    {
        var userName = await CreateAccountAsync(withResponder: true);
        var link = await RequestLinkAsync(userName);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var reset = await client.PostFormAsync(link, [new("Input.NewPassword", NewPassword)]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        // Not signed in by the reset.
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/profiel/wachtwoord")).StatusCode);

        var login = await client.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", NewPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.StartsWith("/inloggen/code", login.Headers.Location!.ToString());
        await MailToAsync(userName, "Uw wachtwoord voor eHerkenning is gewijzigd");
    }

    [Fact]
    public async Task TheLogInPage_LinksToIt()
    {
        var page = await new BrowserLikeClient(factory.CreateBrowserClient()).GetPageAsync("/inloggen");

        Assert.NotNull(page.QuerySelector($"a[href='{ForgotPath}']"));
        Assert.NotNull(page.QuerySelector("a[href='/inloggen/gebruikersnaam-vergeten']"));
    }

    private async Task<string> AskAsync(string userName)
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var (response, page) = await client.PostFormAndReadAsync(ForgotPath, [new("Input.UserName", userName)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector("main")!.TextContent;
    }

    /// <summary>Asks for a link and returns its path and query, as the browser would open it from the mail.</summary>
    private async Task<string> RequestLinkAsync(string userName)
    {
        await AskAsync(userName);
        var mail = await MailToAsync(userName, "Nieuw wachtwoord kiezen voor eHerkenning");
        return new Uri(Regex.Match(mail.TextBody ?? "", @"\S*wachtwoord-herstellen\S*").Value).PathAndQuery;
    }

    private async Task<MimeMessage> MailToAsync(string userName, string? subject = null) =>
        Assert.Single(await factory.DeliveredMailAsync(), m => m.To.Mailboxes.Any(a => a.Address == $"{userName}@example.nl") && (subject is null || m.Subject == subject));

    private async Task<string> CreateAccountAsync(bool withResponder = false)
    {
        var userName = "herstel-" + Guid.NewGuid().ToString("N")[..8];
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = new UserAccount { UserName = userName, Email = $"{userName}@example.nl", Initials = "A.", Surname = "Herstel", LockoutEnabled = true };
        var created = await users.CreateAsync(account, OldPassword);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        if (withResponder)
        {
            var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
            db.OtpResponders.Add(new OtpResponder
            {
                UserAccountId = account.Id,
                Kind = OtpResponderKind.AuthenticatorApp,
                Label = "Test-authenticator",
                ProtectedSeed = scope.ServiceProvider.GetRequiredService<OtpSeedProtector>().Protect(RandomNumberGenerator.GetBytes(20)),
                CreatedAt = factory.Clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync();
            await users.SetTwoFactorEnabledAsync(account, true);
        }
        return userName;
    }

    private Task<string> IdOfAsync(string userName) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task<bool> PasswordIsAsync(string userName, string password)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        return await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password);
    }
}
