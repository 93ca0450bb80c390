using System.Net;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Registration;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.IntegrationTests.Infrastructure;

/// <summary>A staff member at work in the backoffice: signs in with password and code, then acts on applications.</summary>
public sealed class StaffDesk(BeheermoduleFactory factory, BrowserLikeClient client, string userName)
{
    public BrowserLikeClient Client => client;

    public string UserName => userName;

    /// <summary>Signs in a demo staff account (seeded in Development) with its password and current code.</summary>
    public static async Task<StaffDesk> SignInAsync(BeheermoduleFactory factory, string userName = "helpdesk")
    {
        var client = new BrowserLikeClient(factory.CreateBrowserClient());
        var password = DemoStaff.Accounts.Single(a => a.UserName == userName).Password;
        var response = await client.PostFormAsync("/inloggen", [new("Input.UserName", userName), new("Input.Password", password)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen/code", response.Headers.Location!.ToString());
        response = await client.PostFormAsync("/inloggen/code", [new("Code", await CurrentCodeAsync(factory, userName))]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.ToString());
        return new StaffDesk(factory, client, userName);
    }

    /// <summary>The code the account's authenticator shows now; the clock first moves to a fresh step, as codes work once.</summary>
    public static async Task<string> CurrentCodeAsync(BeheermoduleFactory factory, string userName)
    {
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<UserAccount>>();
        var account = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No account {userName}.");
        var db = scope.ServiceProvider.GetRequiredService<Beheermodule.Core.Data.BeheermoduleDbContext>();
        var seed = await db.OtpResponders.Where(r => r.UserAccountId == account.Id && r.Status == OtpResponderStatus.Active).Select(r => r.ProtectedSeed).FirstAsync();
        return TotpCode.Compute(scope.ServiceProvider.GetRequiredService<OtpSeedProtector>().Unprotect(seed), factory.Clock.GetUtcNow());
    }

    public static Task<int> ApplicationIdAsync(BeheermoduleFactory factory, string statusPath)
    {
        var hash = SecretToken.Hash(statusPath.Split('/')[^1]);
        return factory.WithDbAsync(db => db.Applications.Where(a => a.StatusTokenHash == hash).Select(a => a.Id).SingleAsync());
    }

    public static string PathOf(int applicationId) => $"/backoffice/aanvragen/{applicationId}";

    /// <summary>Posts one of the application page's forms, with the version the page showed.</summary>
    public async Task<HttpResponseMessage> ActAsync(int applicationId, string handler, params KeyValuePair<string, string>[] fields)
    {
        var page = await client.GetPageAsync(PathOf(applicationId));
        var version = page.QuerySelector("input[name=Version]")?.GetAttribute("value")
            ?? throw new InvalidOperationException("No version on the application page.");
        return await ActWithVersionAsync(applicationId, handler, version, fields);
    }

    public async Task<HttpResponseMessage> ActWithVersionAsync(int applicationId, string handler, string version, params KeyValuePair<string, string>[] fields)
    {
        var page = await client.GetPageAsync(PathOf(applicationId));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new FormUrlEncodedContent(fields.Append(new("Version", version)).Append(new("__RequestVerificationToken", token)));
        return await client.Http.PostAsync($"{PathOf(applicationId)}?handler={handler}", content);
    }

    public async Task<string> VersionAsync(int applicationId) =>
        (await client.GetPageAsync(PathOf(applicationId))).QuerySelector("input[name=Version]")!.GetAttribute("value")!;

    public async Task RecordContractReceivedAsync(int applicationId)
    {
        var response = await ActAsync(applicationId, "ContractReceived", new KeyValuePair<string, string>("ReceivedOn", factory.DateInput()));
        AssertDone(response);
    }

    /// <summary>A small stand-in for a scanned document: a file the document store recognises as a PDF.</summary>
    public static readonly byte[] ScanPdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

    /// <summary>Uploads a small stand-in scan of <paramref name="kind"/>; an identity document for <paramref name="personId"/>.</summary>
    public async Task<HttpResponseMessage> UploadAsync(int applicationId, string kind, int? personId, string fileName = "scan.pdf")
    {
        var page = await client.GetPageAsync(PathOf(applicationId));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent(kind), "UploadKind");
        if (personId is { } id)
        {
            form.Add(new StringContent(id.ToString()), "UploadPersonId");
        }
        var file = new ByteArrayContent(ScanPdf);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "Upload", fileName);
        return await client.Http.PostAsync($"{PathOf(applicationId)}?handler=Upload", form);
    }

    /// <summary>
    /// What arrived by post, uploaded as staff do: the signed contract, and an identity document for every person
    /// whose checklist item asks for one and has none yet.
    /// </summary>
    public async Task UploadEvidenceAsync(int applicationId)
    {
        var page = await client.GetPageAsync(PathOf(applicationId));
        var hasContract = page.QuerySelectorAll(".document-list li").Any(li => li.TextContent.Contains("Ondertekend contract"));
        if (!hasContract)
        {
            AssertDone(await UploadAsync(applicationId, "SignedContract", null, "contract.pdf"));
        }
        var owners = await factory.WithDbAsync(async db =>
        {
            var application = await db.Applications.Include(a => a.Persons).SingleAsync(a => a.Id == applicationId);
            var withId = await db.ApplicationDocuments.Where(d => d.ApplicationId == applicationId && d.PersonId != null).Select(d => d.PersonId!.Value).ToListAsync();
            return Core.Backoffice.ApplicationChecklist.For(application)
                .Where(i => i.Kind == Core.Backoffice.ChecklistItemKind.IdDocument && !withId.Contains(i.PersonId)).Select(i => i.PersonId).ToList();
        });
        foreach (var personId in owners)
        {
            AssertDone(await UploadAsync(applicationId, "IdDocument", personId, $"id-{personId}.pdf"));
        }
    }

    /// <summary>Uploads the evidence, then ticks every open checklist item; face-to-face items with a complete record.</summary>
    public async Task TickEverythingAsync(int applicationId)
    {
        await UploadEvidenceAsync(applicationId);
        while (true)
        {
            var page = await client.GetPageAsync(PathOf(applicationId));
            var tick = page.QuerySelector("form[action*='handler=Tick'] input[name=item]")?.GetAttribute("value");
            if (tick is not null)
            {
                AssertDone(await ActAsync(applicationId, "Tick", new KeyValuePair<string, string>("item", tick)));
                continue;
            }
            var faceToFace = page.QuerySelector("form[action*='handler=FaceToFace'] input[name='FaceToFace.Item']")?.GetAttribute("value");
            if (faceToFace is null)
            {
                return;
            }
            AssertDone(await ActAsync(applicationId, "FaceToFace",
                new("FaceToFace.Item", faceToFace), new("FaceToFace.MetOn", factory.DateInput()),
                new("FaceToFace.Place", "Lelystad"), new("FaceToFace.DocumentType", "Paspoort"), new("FaceToFace.DocumentLastFour", "X12B")));
        }
    }

    public static void AssertDone(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var page = BrowserLikeClient.ReadPageAsync(response).GetAwaiter().GetResult();
            var errors = string.Join(" | ", page.QuerySelectorAll(".error-message, .alert-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
            Assert.Fail($"Expected the action to succeed, got {(int)response.StatusCode}: {errors}");
        }
    }
}
