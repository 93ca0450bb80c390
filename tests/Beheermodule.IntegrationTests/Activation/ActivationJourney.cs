using System.Net;
using AngleSharp.Html.Dom;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Otp;
using Beheermodule.IntegrationTests.Infrastructure;
using Beheermodule.IntegrationTests.Mutations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;

namespace Beheermodule.IntegrationTests.Activation;

/// <summary>Intent methods for the activation pages, in one browser.</summary>
public sealed class ActivationJourney(BeheermoduleFactory factory)
{
    public const string Password = "zomer26fiets";

    public BrowserLikeClient Client { get; } = new(factory.CreateBrowserClient());

    public sealed record IssuedMeans(int MeansId, string Code, string Surname, string KvkNumber);

    /// <summary>
    /// An approved EH2 application for one user, its means set to <paramref name="level"/> and a code issued as the
    /// printer would: the level only decides the activation's steps, and printing is tested elsewhere.
    /// </summary>
    public static async Task<IssuedMeans> IssueAsync(BeheermoduleFactory factory, AssuranceLevel level, string kvkNumber = "68750110")
    {
        var desk = await StaffDesk.SignInAsync(factory);
        var surname = MutationJourney.UniqueSurname();
        var means = await new MutationJourney(factory).IssueMeansAsync(desk, kvkNumber, null, surname);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Beheermodule.Core.Data.BeheermoduleDbContext>();
        await db.Means.Where(m => m.Id == means.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.Level, level));
        var issued = scope.ServiceProvider.GetRequiredService<ActivationCodeIssuer>().Issue(means.Id, null, factory.Clock.GetUtcNow().UtcDateTime);
        db.ActivationCodes.Add(issued.Record);
        await db.SaveChangesAsync();
        return new(means.Id, issued.Code, surname, kvkNumber);
    }

    public Task<HttpResponseMessage> EnterCodeAsync(string code) => Client.PostFormAsync("/activeren", [new("Code", code)]);

    public Task<HttpResponseMessage> ConfirmHolderAsync() => PostHandlerAsync("/activeren/middel", "Confirm");

    public Task<HttpResponseMessage> CreateAccountAsync(string userName, string password = Password, string? confirm = null) =>
        PostHandlerAsync("/activeren/account", "Create",
            new("NewAccount.UserName", userName), new("NewAccount.Password", password), new("NewAccount.ConfirmPassword", confirm ?? password));

    public Task<HttpResponseMessage> LinkAccountAsync(string userName, string password = Password, string code = "") =>
        PostHandlerAsync("/activeren/account", "Link",
            new("ExistingAccount.UserName", userName), new("ExistingAccount.Password", password), new("ExistingAccount.Code", code));

    /// <summary>Reads the key the page shows, as a person typing it into an app would, and proves it with a code.</summary>
    public async Task<(HttpResponseMessage Response, byte[] Seed)> EnrolAuthenticatorAsync()
    {
        var page = await Client.GetPageAsync("/activeren/beveiliging");
        var seed = SeedShownOn(page);
        var sealedSeed = page.QuerySelector("input[name=SealedSeed]")!.GetAttribute("value")!;
        var response = await PostHandlerAsync("/activeren/beveiliging", "Authenticator",
            new("SealedSeed", sealedSeed), new("Code", TotpCode.Compute(seed, factory.Clock.GetUtcNow())));
        return (response, seed);
    }

    public static byte[] SeedShownOn(IHtmlDocument page) =>
        Base32Encoding.ToBytes(page.QuerySelector("code.otp-key")!.TextContent.Replace(" ", ""));

    /// <summary>Logs in on the real log-in page, with a code from <paramref name="seed"/> when one is asked for.</summary>
    public async Task<HttpResponseMessage> LogInAsync(string userName, byte[]? seed, string returnUrl = "/activeren/afgerond", string password = Password)
    {
        var path = "/inloggen?terug=" + Uri.EscapeDataString(returnUrl);
        var response = await Client.PostFormAsync(path, [new("Input.UserName", userName), new("Input.Password", password), new("terug", returnUrl)]);
        if (response.Headers.Location?.OriginalString.StartsWith("/inloggen/code", StringComparison.Ordinal) == true && seed is not null)
        {
            factory.Clock.Advance(TimeSpan.FromSeconds(30));
            var codePath = response.Headers.Location.OriginalString;
            response = await Client.PostFormAsync(codePath, [new("Code", TotpCode.Compute(seed, factory.Clock.GetUtcNow())), new("terug", returnUrl)]);
        }
        return response;
    }

    public async Task<HttpResponseMessage> PostHandlerAsync(string path, string handler, params KeyValuePair<string, string>[] fields)
    {
        var page = await Client.GetPageAsync(path);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await Client.Http.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));
    }

    public static void AssertRedirect(HttpResponseMessage response, string location)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = BrowserLikeClient.ReadPageAsync(response).GetAwaiter().GetResult();
            var errors = string.Join(" | ", page.QuerySelectorAll(".error-message, .alert").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
            Assert.Fail($"Expected a redirect to {location}, got {(int)response.StatusCode}: {errors}");
        }
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }
}
