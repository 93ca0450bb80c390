using System.Net;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Organisations;
using Beheermodule.IntegrationTests.ActivationLetters;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Mutations;

/// <summary>Intent methods for mutations: an organisation with means, the public form, and staff on the mutation page.</summary>
public sealed class MutationJourney(BeheermoduleFactory factory)
{
    public const string EhService = "het ondertekenen van e-Formulieren";

    public BrowserLikeClient Client { get; } = new(factory.CreateBrowserClient());

    /// <summary>A surname no other test uses, so the holder's e-mail address points at one means.</summary>
    public static string UniqueSurname() => "Houder" + string.Concat(Guid.NewGuid().ToString("N").Where(char.IsAsciiLetter).Take(6));

    /// <summary>Applies at EH2 for one user, and a staff member approves: the user's means, awaiting activation.</summary>
    public async Task<Means> IssueMeansAsync(StaffDesk desk, string kvkNumber, string? branchNumber, string surname)
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(AssuranceLevel.EH2, kvkNumber, branchNumber, [ApplicationJourney.User(surname, EhService)]);
        var applicationId = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        await desk.RecordContractReceivedAsync(applicationId);
        await desk.TickEverythingAsync(applicationId);
        StaffDesk.AssertDone(await desk.ActAsync(applicationId, "Approve"));
        return await factory.WithDbAsync(db => db.Means.Include(m => m.Organisation).SingleAsync(m => m.ApplicationId == applicationId && m.HolderSurname == surname));
    }

    /// <summary>Prints every waiting letter on the print page; returns the code issued for this means.</summary>
    public async Task<ActivationCode> PrintLetterAsync(StaffDesk desk, int meansId)
    {
        await new PrintRoom(factory, desk).PrintAsync();
        return await factory.WithDbAsync(db => db.ActivationCodes.SingleAsync(c => c.MeansId == meansId && c.Status == ActivationCodeStatus.Issued));
    }

    /// <summary>Applies at EH1 for one user and confirms with the link from the e-mail: the means, its code e-mailed.</summary>
    public async Task<Means> IssueEh1MeansAsync(string kvkNumber, string surname)
    {
        var applicant = new ApplicationJourney(factory);
        var statusPath = await applicant.ApplyAsync(AssuranceLevel.EH1, kvkNumber, null, [ApplicationJourney.User(surname)]);
        var applicationId = await StaffDesk.ApplicationIdAsync(factory, statusPath);
        var reference = await factory.WithDbAsync(db => db.Applications.Where(a => a.Id == applicationId).Select(a => a.Reference).SingleAsync());
        var mail = (await factory.DeliveredMailAsync()).Single(m => m.Subject!.Contains(reference) && m.Subject.StartsWith("Bevestig"));
        var link = ApplicationJourney.ConfirmationLinkIn(mail.TextBody)[BeheermoduleFactory.PublicBaseUrl.Length..];
        await applicant.Client.PostFormAndReadAsync(link, []);
        return await factory.WithDbAsync(db => db.Means.Include(m => m.Organisation).SingleAsync(m => m.ApplicationId == applicationId && m.HolderSurname == surname));
    }

    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);

    public Task<HttpResponseMessage> SubmitAsync(MutationKind kind, string kvkNumber, string email, params KeyValuePair<string, string>[] more) =>
        Client.PostFormAsync("/mutaties", new[] { Field("Input.Kind", kind.ToString()), Field("Input.KvkNumber", kvkNumber), Field("Input.HolderEmail", email) }.Concat(more));

    /// <summary>Submits the form, follows it to the confirmation, and returns the mutation it stored.</summary>
    public async Task<Mutation> SubmitAndFindAsync(MutationKind kind, string kvkNumber, string email, params KeyValuePair<string, string>[] more)
    {
        var response = await SubmitAsync(kind, kvkNumber, email, more);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Expected the form to be accepted, got {(int)response.StatusCode}: {await ErrorsAsync(response)}");
        Assert.Equal("/mutaties/ontvangen", response.Headers.Location!.ToString());
        var reference = (await Client.GetPageAsync("/mutaties/ontvangen")).QuerySelector(".reference")!.TextContent.Trim();
        return await factory.WithDbAsync(db => db.Mutations.SingleAsync(m => m.Reference == reference));
    }

    public static string PathOf(int mutationId) => $"/backoffice/mutaties/{mutationId}";

    /// <summary>Posts one of the mutation page's forms, with the version the page showed.</summary>
    public static async Task<HttpResponseMessage> ActAsync(StaffDesk desk, int mutationId, string handler, params KeyValuePair<string, string>[] fields) =>
        await ActWithVersionAsync(desk, mutationId, handler, await VersionAsync(desk, mutationId), fields);

    public static async Task<HttpResponseMessage> ActWithVersionAsync(StaffDesk desk, int mutationId, string handler, string version, params KeyValuePair<string, string>[] fields)
    {
        var page = await desk.Client.GetPageAsync(PathOf(mutationId));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new FormUrlEncodedContent(fields.Append(new("Version", version)).Append(new("__RequestVerificationToken", token)));
        return await desk.Client.Http.PostAsync($"{PathOf(mutationId)}?handler={handler}", content);
    }

    /// <summary>
    /// The signed mutation form comes in by post and staff upload its scan, with who signed it: by default D. Duck,
    /// whom the embedded register knows as the director or owner of the test companies.
    /// </summary>
    public static async Task<HttpResponseMessage> ReceiveSignedFormAsync(StaffDesk desk, int mutationId, string initials = "D.", string surname = "Duck", string? born = "1970-05-01")
    {
        var page = await desk.Client.GetPageAsync(PathOf(mutationId));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(page.QuerySelector("input[name=Version]")!.GetAttribute("value")!), "Version" },
            { new StringContent(initials), "SignerInitials" },
            { new StringContent(surname), "SignerSurname" },
            { new StringContent(born ?? ""), "SignerDateOfBirth" },
        };
        var scan = new ByteArrayContent(StaffDesk.ScanPdf);
        scan.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(scan, "SignedFormScan", "mutatieformulier-getekend.pdf");
        return await desk.Client.Http.PostAsync($"{PathOf(mutationId)}?handler=SignedForm", form);
    }

    public static async Task<string> VersionAsync(StaffDesk desk, int mutationId) =>
        (await desk.Client.GetPageAsync(PathOf(mutationId))).QuerySelector("input[name=Version]")?.GetAttribute("value")
        ?? throw new InvalidOperationException("No version on the mutation page.");

    public Task<Mutation> MutationAsync(int id) => factory.WithDbAsync(db => db.Mutations.AsNoTracking().SingleAsync(m => m.Id == id));

    public Task<Means> MeansAsync(int id) => factory.WithDbAsync(db => db.Means.AsNoTracking().SingleAsync(m => m.Id == id));

    public Task<List<string>> AuditActionsAsync(string mutationReference) =>
        factory.WithDbAsync(db => db.AuditEvents.Where(e => e.Details != null && e.Details.Contains(mutationReference)).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());

    public static async Task<string> ErrorsAsync(HttpResponseMessage response)
    {
        var page = await BrowserLikeClient.ReadPageAsync(response);
        return string.Join(" | ", page.QuerySelectorAll(".error-message, .alert-error").Select(e => e.TextContent.Trim()).Where(t => t.Length > 0));
    }
}
