using System.Net;
using System.Net.Http.Headers;
using Beheermodule.Core.Levels;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.IntegrationTests.Backoffice;

/// <summary>Uploads are recognised by content, capped at 10 MB, stored under generated names, and downloaded by staff only.</summary>
public sealed class DocumentUploadTests(BeheermoduleFactory factory) : IClassFixture<BeheermoduleFactory>
{
    private static readonly byte[] Pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"u8.ToArray();

    private async Task<int> ApplicationAsync()
    {
        var statusPath = await new ApplicationJourney(factory).ApplyAsync(AssuranceLevel.EH2, "68750110", null,
            [ApplicationJourney.User("Jansen", "het ondertekenen van e-Formulieren")]);
        return await StaffDesk.ApplicationIdAsync(factory, statusPath);
    }

    private static async Task<HttpResponseMessage> UploadAsync(StaffDesk desk, int id, byte[] content, string fileName, string contentType = "application/pdf")
    {
        var page = await desk.Client.GetPageAsync(StaffDesk.PathOf(id));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent("SignedContract"), "UploadKind");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "Upload", fileName);
        return await desk.Client.Http.PostAsync($"{StaffDesk.PathOf(id)}?handler=Upload", form);
    }

    [Fact]
    public async Task Pdf_IsStoredUnderAGeneratedName_AndDownloadsAsAnAttachment()
    {
        var id = await ApplicationAsync();
        var desk = await StaffDesk.SignInAsync(factory);

        StaffDesk.AssertDone(await UploadAsync(desk, id, Pdf, "../../contract getekend.pdf"));

        var document = await factory.WithDbAsync(db => db.ApplicationDocuments.SingleAsync(d => d.ApplicationId == id));
        Assert.Equal("contract getekend.pdf", document.DisplayName);
        Assert.DoesNotContain("contract", document.StoredName);
        Assert.True(File.Exists(Path.Combine(factory.DocumentFolder, document.StoredName)));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(factory.DocumentFolder)!, "*.pdf"));

        var download = await desk.Client.Http.GetAsync($"{StaffDesk.PathOf(id)}?handler=Document&documentId={document.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "document.uploaded" && e.ApplicationId == id)));
        Assert.True(await factory.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Action == "document.downloaded" && e.ApplicationId == id)));
    }

    [Fact]
    public async Task AnExecutableNamedPdf_IsRefusedBesideTheField()
    {
        var id = await ApplicationAsync();
        var desk = await StaffDesk.SignInAsync(factory);
        var executable = new byte[] { 0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 };

        var response = await UploadAsync(desk, id, executable, "contract.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Alleen PDF, JPEG of PNG is toegestaan.", BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(response), "Upload"));
        Assert.Empty(await factory.WithDbAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == id).ToListAsync()));
    }

    [Fact]
    public async Task ElevenMegabytes_IsRefused()
    {
        var id = await ApplicationAsync();
        var desk = await StaffDesk.SignInAsync(factory);
        var big = new byte[11 * 1024 * 1024];
        Pdf.CopyTo(big, 0);

        var response = await UploadAsync(desk, id, big, "groot.pdf");

        Assert.Equal("Het bestand is groter dan 10 MB.", BrowserLikeClient.ErrorBeside(await BrowserLikeClient.ReadPageAsync(response), "Upload"));
        Assert.Empty(await factory.WithDbAsync(db => db.ApplicationDocuments.Where(d => d.ApplicationId == id).ToListAsync()));
    }

    [Fact]
    public async Task ADocument_CannotBeDownloadedByAnonymousVisitors_OrThroughAnotherApplication()
    {
        var id = await ApplicationAsync();
        var other = await ApplicationAsync();
        var desk = await StaffDesk.SignInAsync(factory);
        StaffDesk.AssertDone(await UploadAsync(desk, id, Pdf, "contract.pdf"));
        var document = await factory.WithDbAsync(db => db.ApplicationDocuments.SingleAsync(d => d.ApplicationId == id));

        var anonymous = await factory.CreateBrowserClient().GetAsync($"{StaffDesk.PathOf(id)}?handler=Document&documentId={document.Id}");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/inloggen", anonymous.Headers.Location!.PathAndQuery);

        var crossed = await desk.Client.Http.GetAsync($"{StaffDesk.PathOf(other)}?handler=Document&documentId={document.Id}");
        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
    }
}
