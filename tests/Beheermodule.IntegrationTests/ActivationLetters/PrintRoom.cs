using System.Net;
using Beheermodule.Core.ActivationLetters;
using Beheermodule.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Beheermodule.IntegrationTests.ActivationLetters;

/// <summary>The print page as staff use it: queue a batch, wait for the background job, download the PDF.</summary>
public sealed class PrintRoom(BeheermoduleFactory factory, StaffDesk desk)
{
    public const string PagePath = "/backoffice/brieven";

    public async Task<HttpResponseMessage> PostAsync(string handler, params KeyValuePair<string, string>[] fields)
    {
        var page = await desk.Client.GetPageAsync(PagePath);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await desk.Client.Http.PostAsync($"{PagePath}?handler={handler}", content);
    }

    /// <summary>"Batch afdrukken" (all letters, or one priority); returns the new batch once it is Ready.</summary>
    public async Task<PrintBatch> PrintAsync(LetterPriority? priority = null)
    {
        var response = await PostAsync("Queue", priority is null ? [] : [new("priority", priority.Value.ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var batchId = await factory.WithDbAsync(db => db.PrintBatches.MaxAsync(b => b.Id));
        return await WaitUntilDoneAsync(batchId);
    }

    public async Task<PrintBatch> WaitUntilDoneAsync(int batchId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var batch = await factory.WithDbAsync(db => db.PrintBatches.AsNoTracking().SingleAsync(b => b.Id == batchId));
            if (batch.Status is not (PrintBatchStatus.Queued or PrintBatchStatus.Rendering))
            {
                return batch;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Print batch {batchId} did not finish in time.");
            await Task.Delay(50);
        }
    }

    public async Task<byte[]> DownloadAsync(int batchId)
    {
        var response = await desk.Client.Http.GetAsync($"{PagePath}?handler=Download&id={batchId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Each page's words, and its characters run together (the code is drawn a character per cell).</summary>
    public static IReadOnlyList<(string Words, string Characters)> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => (Words(page), string.Concat(page.Letters.Select(l => l.Value)))).ToList();
    }

    private static string Words(Page page) => string.Join(' ', page.GetWords().Select(w => w.Text));
}
