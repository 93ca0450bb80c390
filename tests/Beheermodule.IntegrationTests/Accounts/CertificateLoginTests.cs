using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AngleSharp.Html.Dom;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Certificates;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Otp;
using Beheermodule.Web.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>An EH4 holder with a personal certificate registered at activation, ready to log in with it.</summary>
public sealed record CertificateHolder(TestAccount Account, X509Certificate2 Certificate);

/// <summary>Holders and the requests of a certificate log-in, shared by the TLS and the forwarded-header tests.</summary>
public static class CertificateLogIns
{
    public const string Path = "/inloggen/certificaat";

    /// <summary>An EH4 account with an authenticator and a registered certificate, valid until <paramref name="notAfter"/> (default: about a year).</summary>
    public static Task<CertificateHolder> HolderAsync(CertificateFactory factory, DateTimeOffset? notAfter = null) =>
        HolderAsync(factory, factory.Pki.Issue("H. Houder", notAfter: notAfter));

    public static async Task<CertificateHolder> HolderAsync(CertificateFactory factory, X509Certificate2 certificate)
    {
        var account = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH4, withResponder: true);
        await factory.WithDbAsync(db =>
        {
            db.PersonalCertificates.Add(new PersonalCertificate
            {
                UserAccountId = account.Id,
                Thumbprint = certificate.GetCertHashString(HashAlgorithmName.SHA256),
                Subject = certificate.Subject,
                Issuer = certificate.Issuer,
                SerialNumber = certificate.SerialNumber,
                NotBefore = certificate.NotBefore.ToUniversalTime(),
                NotAfter = certificate.NotAfter.ToUniversalTime(),
                RawData = certificate.RawData,
                RegisteredAt = factory.Clock.GetUtcNow().UtcDateTime,
            });
            return db.SaveChangesAsync();
        });
        return new CertificateHolder(account, certificate);
    }

    /// <summary>Opens the page and presses "Inloggen met dit certificaat", as a browser would.</summary>
    public static Task<HttpResponseMessage> LogInAsync(HttpClient client, string? returnUrl = null) =>
        new BrowserLikeClient(client).PostFormAsync(returnUrl is null ? Path : $"{Path}?terug={Uri.EscapeDataString(returnUrl)}", []);

    public static async Task<IHtmlDocument> RefusalPageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(SetsSessionCookie(response));
        return await BrowserLikeClient.ReadPageAsync(response);
    }

    public static string? Alert(IHtmlDocument page) => page.QuerySelector(".alert-error")?.TextContent.Trim();

    public static bool SetsSessionCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("__Host-bm-sessie=", StringComparison.Ordinal));
}

/// <summary>
/// EH4: logging in with the registered PKIoverheid certificate from the TLS connection. The certificate with its
/// smartcard PIN is the whole log-in (no OTP step); it is checked again at every log-in; every refusal reads the same.
/// </summary>
public sealed class CertificateLoginTests(CertificateFactory factory) : IClassFixture<CertificateFactory>
{
    private async Task<bool> AuditedAsync(string action, string actorStart, string detail) =>
        await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == action && e.Actor.StartsWith(actorStart) && e.Details!.Contains(detail)));

    [Fact]
    public async Task TheRegisteredCertificate_SignsIn_WithoutTheCodeStep_AndTheSessionSaysHow()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        var client = factory.CreateBrowserClient(holder.Certificate);

        var page = await new BrowserLikeClient(client).GetPageAsync(CertificateLogIns.Path);
        Assert.Contains("H. Houder", page.QuerySelector("main, body")!.TextContent);
        var response = await CertificateLogIns.LogInAsync(client);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.True(CertificateLogIns.SetsSessionCookie(response));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profiel")).StatusCode);
        var claims = await CertificateFactory.SessionClaimsAsync(client);
        Assert.Contains($"{SignInMethod.ClaimType}={SignInMethod.Certificate}", claims);
        Assert.DoesNotContain($"{AccountsWebExtensions.MultiFactorClaim}={AccountsWebExtensions.MultiFactorValue}", claims);
        Assert.True(await AuditedAsync("account.signed-in", $"account:{holder.Account.UserName}", holder.Certificate.SerialNumber));
    }

    [Fact]
    public async Task TheCertificateLogIn_RecordsTheMomentOfTheLastLogIn()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        factory.Clock.Advance(TimeSpan.FromMinutes(11));

        Assert.Equal(HttpStatusCode.Redirect, (await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate))).StatusCode);

        Assert.Equal(factory.Clock.GetUtcNow().UtcDateTime,
            await factory.WithDbAsync(db => db.Users.Where(u => u.Id == holder.Account.Id).Select(u => u.LastSignedInAt).SingleAsync()));
    }

    [Fact]
    public async Task TheReturnAddress_IsFollowed_OnlyWhenLocal()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);

        Assert.Equal("/profiel", (await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate), "/profiel")).Headers.Location!.OriginalString);
        Assert.Equal("/", (await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate), "https://elders.example/")).Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ThePasswordPaths_RecordTheirMethodToo()
    {
        var withCode = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH3, withResponder: true);
        var passwordOnly = await SignInAccounts.CreateAsync(factory, AssuranceLevel.EH2, withResponder: false);

        var codeClient = await SignInAccounts.SignInWithCodeAsync(factory, withCode);
        var passwordClient = new BrowserLikeClient(factory.CreateBrowserClient());
        Assert.Equal("/", (await SignInAccounts.PostPasswordAsync(passwordClient, passwordOnly.UserName)).Headers.Location!.OriginalString);

        Assert.Contains($"{SignInMethod.ClaimType}={SignInMethod.PasswordAndOtp}", await CertificateFactory.SessionClaimsAsync(codeClient.Http));
        Assert.Contains($"{SignInMethod.ClaimType}={SignInMethod.Password}", await CertificateFactory.SessionClaimsAsync(passwordClient.Http));
    }

    [Fact]
    public async Task TheMethod_OutlivesTheStampCheck()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        var client = factory.CreateBrowserClient(holder.Certificate);
        await CertificateLogIns.LogInAsync(client);

        factory.Clock.Advance(SessionLifetime.StampCheckInterval + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/profiel")).StatusCode);

        Assert.Contains($"{SignInMethod.ClaimType}={SignInMethod.Certificate}", await CertificateFactory.SessionClaimsAsync(client));
    }

    [Fact]
    public async Task WithoutACertificate_ThePageExplainsHowToGiveOne_AndNobodySignsIn()
    {
        var client = factory.CreateBrowserClient();

        var page = await new BrowserLikeClient(client).GetPageAsync(CertificateLogIns.Path);
        Assert.Contains("geen certificaat gegeven", page.Body!.TextContent);
        Assert.Contains("smartcard", page.Body.TextContent);
        Assert.Contains("https://", page.Body.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/inloggen']"));
        Assert.Null(page.QuerySelector("form[method=post]"));

    }

    [Fact]
    public async Task APost_WithoutACertificate_SignsNobodyIn()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        var client = factory.CreateBrowserClient(holder.Certificate);
        var form = await new BrowserLikeClient(client).GetPageAsync(CertificateLogIns.Path);
        var token = form.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        // The browser no longer gives the certificate (the smartcard was taken out) when the button is pressed.
        client.DefaultRequestHeaders.Clear();

        var response = await client.PostAsync(CertificateLogIns.Path, new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

        var page = await CertificateLogIns.RefusalPageAsync(response);
        Assert.Contains("geen certificaat gegeven", page.Body!.TextContent);
        Assert.Empty(await CertificateFactory.SessionClaimsAsync(client));
    }

    [Fact]
    public async Task TheLogInPage_LinksToTheCertificateLogIn()
    {
        var page = await new BrowserLikeClient(factory.CreateBrowserClient()).GetPageAsync("/inloggen?terug=%2Fprofiel");

        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Inloggen met uw certificaat (EH4)"));
        Assert.Equal("/inloggen/certificaat?terug=%2Fprofiel", link.GetAttribute("href"));
    }

    [Fact]
    public async Task ATrustedButUnregisteredCertificate_IsRefused_WithoutAReason()
    {
        using var certificate = factory.Pki.Issue("Niet Geregistreerd");

        var page = await CertificateLogIns.RefusalPageAsync(await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(certificate)));

        Assert.Equal(CertificateLoginModel.Refused, CertificateLogIns.Alert(page));
        Assert.True(await AuditedAsync("account.sign-in", "anoniem:", $"niet geregistreerd ({certificate.Subject}, serienummer {certificate.SerialNumber}"));
    }

    [Fact]
    public async Task ARevokedRegistration_IsRefused_WithoutAReason()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        await factory.WithDbAsync(db => db.PersonalCertificates.Where(c => c.UserAccountId == holder.Account.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedAt, factory.Clock.GetUtcNow().UtcDateTime)));

        var page = await CertificateLogIns.RefusalPageAsync(await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate)));

        Assert.Equal(CertificateLoginModel.Refused, CertificateLogIns.Alert(page));
        Assert.True(await AuditedAsync("account.sign-in", "anoniem:", "ingetrokken"));
    }

    [Fact]
    public async Task TheHelpdesk_RevokesACertificate_WithAReason_AndItsSessionsEnd()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        var client = factory.CreateBrowserClient(holder.Certificate);
        Assert.Equal(HttpStatusCode.Redirect, (await CertificateLogIns.LogInAsync(client)).StatusCode);
        var desk = await StaffDesk.SignInAsync(factory);
        var path = $"{TokenStock.AccountsPath}?zoek={holder.Account.UserName}";
        var card = await desk.Client.GetPageAsync(path);
        Assert.Contains(holder.Certificate.SerialNumber, card.QuerySelector("section.account")!.TextContent);

        var page = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, path, "RevokeCertificate", TokenStock.Field("Reason", "Smartcard verloren")));

        Assert.Contains("ingetrokken", page.QuerySelector("#message")!.TextContent);
        Assert.Null(page.QuerySelector("form[action*='handler=RevokeCertificate']"));
        factory.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/profiel")).StatusCode);
        var refused = await CertificateLogIns.RefusalPageAsync(await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate)));
        Assert.Equal(CertificateLoginModel.Refused, CertificateLogIns.Alert(refused));
        Assert.True(await AuditedAsync("certificate.revoked", "account:helpdesk", "Smartcard verloren"));
    }

    [Fact]
    public async Task TheHelpdesk_CannotRevoke_WithoutAReason()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        var desk = await StaffDesk.SignInAsync(factory);

        var page = await TokenStock.FollowAsync(desk, await TokenStock.PostOnPageAsync(desk, $"{TokenStock.AccountsPath}?zoek={holder.Account.UserName}", "RevokeCertificate", TokenStock.Field("Reason", "")));

        Assert.Equal("Geef de reden van het intrekken.", page.QuerySelector("#message")!.TextContent);
        Assert.Null(await factory.WithDbAsync(db => db.PersonalCertificates.Where(c => c.UserAccountId == holder.Account.Id).Select(c => c.RevokedAt).SingleAsync()));
    }

    [Fact]
    public async Task ACertificateThatHasSinceExpired_IsRefused_AndSaysSo()
    {
        var holder = await CertificateLogIns.HolderAsync(factory, notAfter: factory.Clock.GetUtcNow().AddHours(1));
        Assert.Equal("/", (await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate))).Headers.Location?.OriginalString);

        factory.Clock.Advance(TimeSpan.FromHours(2));
        var page = await CertificateLogIns.RefusalPageAsync(await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate)));

        Assert.StartsWith(CertificateLoginModel.Refused, CertificateLogIns.Alert(page));
        Assert.Contains("verlopen", CertificateLogIns.Alert(page));
        Assert.True(await AuditedAsync("account.sign-in", "anoniem:", "verlopen"));
    }

    [Fact]
    public async Task ACertificateFromAnotherCa_IsRefused_AndSaysSo()
    {
        using var otherPki = new ThrowawayPki("Onbekende CA");
        using var certificate = otherPki.Issue("H. Houder");

        var page = await CertificateLogIns.RefusalPageAsync(await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(certificate)));

        Assert.Contains("niet uitgegeven door een PKIoverheid-certificaatuitgever die wij vertrouwen", CertificateLogIns.Alert(page));
    }

    [Fact]
    public async Task TheCaCertificateItself_IsRefused()
    {
        var page = await CertificateLogIns.RefusalPageAsync(await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(factory.Pki.Ca)));

        Assert.Contains("(CA)", CertificateLogIns.Alert(page));
    }

    [Fact]
    public async Task ALockedOutAccount_IsRefused_WithoutAReason_UntilTheLockEnds()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == holder.Account.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, factory.Clock.GetUtcNow().AddMinutes(5))));

        var page = await CertificateLogIns.RefusalPageAsync(await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate)));

        Assert.Equal(CertificateLoginModel.Refused, CertificateLogIns.Alert(page));
        Assert.True(await AuditedAsync("account.sign-in", $"account:{holder.Account.UserName}", "vergrendeld"));
        factory.Clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal("/", (await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate))).Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task ABlockedAccount_IsRefused_WithoutAReason()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == holder.Account.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(u => u.LockoutEnd, AccountDisabling.Indefinitely)));

        var page = await CertificateLogIns.RefusalPageAsync(await CertificateLogIns.LogInAsync(factory.CreateBrowserClient(holder.Certificate)));

        Assert.Equal(CertificateLoginModel.Refused, CertificateLogIns.Alert(page));
        Assert.True(await AuditedAsync("account.sign-in", $"account:{holder.Account.UserName}", "geblokkeerd"));
    }

    [Fact]
    public async Task TheForwardedHeader_IsIgnored_WhenNoneIsConfigured()
    {
        var holder = await CertificateLogIns.HolderAsync(factory);
        var client = factory.CreateBrowserClient();
        client.DefaultRequestHeaders.Add(ForwardedCertificateFactory.Header, Convert.ToBase64String(holder.Certificate.RawData));

        var page = await new BrowserLikeClient(client).GetPageAsync(CertificateLogIns.Path);

        Assert.Contains("geen certificaat gegeven", page.Body!.TextContent);
        Assert.Null(page.QuerySelector("form[method=post]"));
    }
}
