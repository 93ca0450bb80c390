using System.Net;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.Web.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Beheermodule.IntegrationTests.Accounts;

/// <summary>Staff log in with a password and then a code from their own authenticator; anything less opens nothing.</summary>
public sealed class StaffSignInTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    [Fact]
    public async Task PasswordAndCode_OpenTheBackoffice()
    {
        var desk = await StaffDesk.SignInAsync(factory, "helpdesk");

        var page = await desk.Client.GetPageAsync("/backoffice");

        Assert.Equal("Aanvragen", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "account.signed-in" && e.Details == "wachtwoord en OTP")));
    }

    [Fact]
    public async Task SessionCookie_IsHostPrefixedSecureHttpOnlyLax()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var response = await client.PostFormAsync("/inloggen", [new("Input.UserName", "helpdesk"), new("Input.Password", "Balie-2026")]);
        response = await client.PostFormAsync("/inloggen/code", [new("Code", await StaffDesk.CurrentCodeAsync(factory, "helpdesk"))]);

        var setCookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-bm-sessie="));
        Assert.Contains("secure", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", setCookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", setCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("helpdesk", "wrong-password-123")]
    [InlineData("nobody-by-this-name", "Balie-2026")]
    public async Task WrongPasswordOrUnknownUser_GetTheSameMessage(string userName, string password)
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var (response, page) = await client.PostFormAndReadAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", password)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(LoginModel.WrongCredentials, page.QuerySelector(".alert-error")!.TextContent);
        Assert.Equal(userName, BrowserLikeClient.ValueOf(page, "Input.UserName"));
        Assert.Equal("", BrowserLikeClient.ValueOf(page, "Input.Password") ?? "");
    }

    [Fact]
    public async Task FiveFailures_LockTheAccount_WithTheSameMessage()
    {
        var userName = await CreateStaffAsync("lockout-" + Guid.NewGuid().ToString("N")[..6]);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        for (var i = 0; i < 5; i++)
        {
            await client.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", "not-the-password")]);
        }

        var (_, page) = await client.PostFormAndReadAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", Password)]);

        Assert.Contains(LoginModel.WrongCredentials, page.QuerySelector(".alert-error")!.TextContent);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Actor == $"account:{userName}" && e.Details == "vergrendeld")));

        factory.Clock.Advance(TimeSpan.FromMinutes(6));
        var response = await client.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", Password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task NewStaff_MustEnrolAnAuthenticator_BeforeAnyBackofficePage()
    {
        var userName = await CreateStaffAsync("nieuw-" + Guid.NewGuid().ToString("N")[..6]);
        var client = new BrowserLikeClient(factory.CreateBrowserClient());

        var response = await client.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", Password)]);
        Assert.StartsWith("/inloggen/authenticator", response.Headers.Location!.ToString());

        var backoffice = await client.Http.GetAsync("/backoffice");
        Assert.Equal(HttpStatusCode.Redirect, backoffice.StatusCode);
        var denied = await client.Http.GetAsync(backoffice.Headers.Location!);
        Assert.StartsWith("/inloggen/authenticator", denied.Headers.Location!.ToString());

        var enrolment = await client.GetPageAsync("/inloggen/authenticator");
        Assert.NotNull(enrolment.QuerySelector("figure.qr svg"));
        var key = enrolment.QuerySelector(".otp-key")!.TextContent.Replace(" ", "");
        var seed = Base32Encoding.ToBytes(key);

        var (wrong, wrongPage) = await client.PostFormAndReadAsync("/inloggen/authenticator", [new("Code", "000000"), new("SealedSeed", SealedSeedOn(enrolment))]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.NotNull(BrowserLikeClient.ErrorBeside(wrongPage, "Code"));
        // A typing error keeps the same QR code and its fifteen minutes; it does not start a new one.
        Assert.Equal(SealedSeedOn(enrolment), SealedSeedOn(wrongPage));

        var code = TotpCode.Compute(seed, factory.Clock.GetUtcNow());
        var done = await client.PostFormAsync("/inloggen/authenticator", [new("Code", code), new("SealedSeed", SealedSeedOn(wrongPage))]);
        Assert.Equal("/backoffice", done.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/backoffice")).StatusCode);

        var responder = await factory.WithDbAsync(db => db.OtpResponders.Join(db.Users.Where(u => u.UserName == userName), r => r.UserAccountId, u => u.Id, (r, _) => r).SingleAsync());
        // The seed is stored encrypted, never as the key the person typed.
        Assert.DoesNotContain(key, responder.ProtectedSeed);
        Assert.NotEqual(Convert.ToBase64String(seed), responder.ProtectedSeed);
    }

    [Fact]
    public async Task ACodeWorksOnce_AReplayIsRefusedAndAudited()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await client.PostFormAsync("/inloggen", [new("Input.UserName", "supervisor"), new("Input.Password", "Toezicht-2026")]);
        var code = await StaffDesk.CurrentCodeAsync(factory, "supervisor");
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostFormAsync("/inloggen/code", [new("Code", code)])).StatusCode);

        var second = new BrowserLikeClient(factory.CreateBrowserClient());
        await second.PostFormAsync("/inloggen", [new("Input.UserName", "supervisor"), new("Input.Password", "Toezicht-2026")]);
        var (response, page) = await second.PostFormAndReadAsync("/inloggen/code", [new("Code", code)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(LoginCodeModel.WrongCode, BrowserLikeClient.ErrorBeside(page, "Code"));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "otp.replayed" && e.Actor == "account:supervisor")));
    }

    [Fact]
    public async Task AnotherStaffMembersCode_DoesNotWork()
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        await client.PostFormAsync("/inloggen", [new("Input.UserName", "helpdesk"), new("Input.Password", "Balie-2026")]);

        var (_, page) = await client.PostFormAndReadAsync("/inloggen/code", [new("Code", await StaffDesk.CurrentCodeAsync(factory, "supervisor"))]);

        Assert.Equal(LoginCodeModel.WrongCode, BrowserLikeClient.ErrorBeside(page, "Code"));
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var desk = await StaffDesk.SignInAsync(factory, "helpdesk");

        var response = await desk.Client.PostFormAsync("/uitloggen", []);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var backoffice = await desk.Client.Http.GetAsync("/backoffice");
        Assert.StartsWith("/inloggen", backoffice.Headers.Location!.PathAndQuery);
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "account.signed-out")));
    }

    private const string Password = "Langwacht-2026";

    private async Task<string> CreateStaffAsync(string userName)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var (password, errors) = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(new NewStaffAccount(userName, "T.", "Tester", $"{userName}@example.nl", StaffRoles.Helpdesk), AuditActor.System("test"), Password);
        Assert.True(password is not null, string.Join(" ", errors));
        return userName;
    }

    private static string SealedSeedOn(AngleSharp.Html.Dom.IHtmlDocument page) =>
        page.QuerySelector("input[name=SealedSeed]")!.GetAttribute("value")!;
}
