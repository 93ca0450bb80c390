using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Beheermodule.IntegrationTests.Otp;

/// <summary>Intent methods for hardware tokens: stock with known seeds, holders' accounts, enrolment and log-in codes.</summary>
public sealed class TokenStock(BeheermoduleFactory factory)
{
    public const string TokensPath = "/backoffice/otp-tokens";
    public const string RespondersPath = "/backoffice/otp-responders";
    public const string AccountsPath = "/backoffice/accounts";

    public sealed record Holder(string Id, string UserName, string Email);

    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    public static string NewSerial() => "TK-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();

    public static byte[] NewSeed() => RandomNumberGenerator.GetBytes(20);

    public static string Line(string serial, byte[] seed, string type) => $"{serial},{Base32Encoding.ToString(seed)},{type}";

    /// <summary>Puts one token in stock through the import, as the vendor's file would; returns its seed.</summary>
    public async Task<byte[]> AddAsync(string serial, OtpResponderKind kind)
    {
        var seed = NewSeed();
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<HardwareTokenImport>()
            .ImportAsync(Line(serial, seed, kind == OtpResponderKind.HardwareHotp ? "HOTP" : "TOTP"), "helpdesk");
        Assert.True(result.Imported);
        return seed;
    }

    public async Task<Holder> CreateHolderAsync(string surname = "Tokenhouder")
    {
        var userName = "houder-" + Guid.NewGuid().ToString("N")[..8];
        var email = $"{userName}@example.nl";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = new UserAccount { UserName = userName, Email = email, Initials = "T.", Surname = surname, CreatedAt = factory.Clock.GetUtcNow().UtcDateTime };
        var created = await users.CreateAsync(account, "Kaart-4719");
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        return new Holder(account.Id, userName, email);
    }

    public async Task<OtpResponder?> EnrolAsync(Holder holder, string serial, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HardwareTokenEnrolment>().CompleteAsync(holder.Id, holder.UserName, serial, code);
    }

    /// <summary>The second step of a log-in: the holder types a code from the token.</summary>
    public async Task<OtpCheckOutcome> LogInCodeAsync(Holder holder, string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OtpVerifier>().CheckAsync(holder.Id, code);
    }

    public string TotpNow(byte[] seed) => TotpCode.Compute(seed, factory.Clock.GetUtcNow());

    /// <summary>Staff upload a file on the stock page with one of its two buttons.</summary>
    public static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(StaffDesk desk, string handler, string csv)
    {
        var page = await desk.Client.GetPageAsync(TokensPath);
        var token = page.QuerySelector("form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        file.Headers.ContentType = new("text/csv");
        content.Add(file, "Upload", "tokens.csv");
        var response = await desk.Client.Http.PostAsync($"{TokensPath}?handler={handler}", content);
        return (response, await BrowserLikeClient.ReadPageAsync(response));
    }

    /// <summary>Posts the form with the given handler as shown on <paramref name="path"/>, with its hidden fields.</summary>
    public static async Task<HttpResponseMessage> PostOnPageAsync(StaffDesk desk, string path, string handler, params KeyValuePair<string, string>[] fields)
    {
        var page = await desk.Client.GetPageAsync(path);
        var form = page.QuerySelectorAll("form[method=post]").SingleOrDefault(f => f.GetAttribute("action")?.Contains($"handler={handler}") == true)
            ?? throw new InvalidOperationException($"No {handler} form on {path}.");
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return await desk.Client.Http.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(hidden.Concat(fields)));
    }

    /// <summary>The page a successful action redirects to, with its message.</summary>
    public static async Task<IHtmlDocument> FollowAsync(StaffDesk desk, HttpResponseMessage response)
    {
        StaffDesk.AssertDone(response);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await desk.Client.GetPageAsync(response.Headers.Location!.ToString());
    }
}
