using Beheermodule.Core.Audit;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ActivationLetters.Printing;

/// <summary>
/// Renders queued print batches. The codes are made while the PDF is written, so the readable codes exist only in
/// that file; their hashes, the letters' printed state and the batch's completion are saved in one transaction
/// once the whole PDF is on disk. A batch is claimed by a conditional update, so with several app instances
/// each batch is rendered once.
/// </summary>
public sealed class PrintBatchRenderer(
    IServiceScopeFactory scopes,
    ActivationLetterPdfRenderer pdf,
    ActivationCodeIssuer codes,
    IOptions<PrintingOptions> printing,
    IOptions<IssuerOptions> issuer,
    TimeProvider clock,
    ILogger<PrintBatchRenderer> logger)
{
    private const int SaveChunk = 1000;
    private const int ErrorLength = 2000;
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a claim on a rendering batch holds without progress; the renderer extends it as it goes.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Renders the oldest queued batch, or one whose renderer died; false when none was waiting.</summary>
    public async Task<bool> RenderNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var waiting = await db.PrintBatches.AsNoTracking().Where(Claimable(now))
            .OrderBy(b => b.Id).Select(b => new { b.Id, b.FileName }).FirstOrDefaultAsync(cancellationToken);
        if (waiting is null)
        {
            return false;
        }
        var fileName = $"{Guid.NewGuid():N}.pdf";
        var leaseUntil = now + Lease;
        // A conditional update: of several instances racing for one batch, exactly one changes the row.
        var claimed = await db.PrintBatches.Where(b => b.Id == waiting.Id).Where(Claimable(now))
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, PrintBatchStatus.Rendering)
                .SetProperty(b => b.LettersRendered, 0)
                .SetProperty(b => b.FileName, fileName)
                .SetProperty(b => b.LeaseUntil, leaseUntil), cancellationToken);
        if (claimed == 1)
        {
            if (waiting.FileName is { } abandoned)
            {
                // A dead instance's unfinished PDF holds codes that will never be stored: remove it.
                File.Delete(Path.Combine(printing.Value.DirectoryPath(), abandoned + ".part"));
            }
            await RenderAsync(scope.ServiceProvider, db, waiting.Id, fileName, cancellationToken);
        }
        return true;
    }

    private static System.Linq.Expressions.Expression<Func<PrintBatch, bool>> Claimable(DateTime now) =>
        b => b.Status == PrintBatchStatus.Queued || (b.Status == PrintBatchStatus.Rendering && b.LeaseUntil < now);

    private async Task RenderAsync(IServiceProvider services, BeheermoduleDbContext db, int batchId, string fileName, CancellationToken cancellationToken)
    {
        var folder = printing.Value.DirectoryPath();
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, fileName);
        var partPath = path + ".part";
        var printedAt = clock.GetUtcNow().UtcDateTime;
        try
        {
            var issued = await WritePdfAsync(batchId, partPath, printedAt, cancellationToken);
            await SaveAsPrintedAsync(services, db, batchId, issued, printedAt, () => File.Move(partPath, path), fileName, cancellationToken);
            logger.LogInformation("Print batch {BatchId}: {Count} letters rendered.", batchId, issued.Count);
        }
        catch (Exception ex)
        {
            File.Delete(partPath);
            File.Delete(path);
            logger.LogError(ex, "Print batch {BatchId} failed.", batchId);
            await MarkFailedAsync(batchId, ex);
            if (ex is OperationCanceledException)
            {
                throw;
            }
        }
    }

    /// <summary>Streams the batch's letters from the database into the PDF, making a code for each as it goes.</summary>
    private async Task<List<ActivationCode>> WritePdfAsync(int batchId, string partPath, DateTime printedAt, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        var letterIssuer = ActivationLetterIssuer.From(issuer.Value);
        var letterDate = DateOnly.FromDateTime(DutchDates.ToLocal(printedAt));
        var issued = new List<ActivationCode>();

        var letters = LettersInPrintOrder(reader, batchId).AsEnumerable().Select(row =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var code = codes.Issue(row.MeansId, row.LetterId, printedAt);
            issued.Add(code.Record);
            return new ActivationLetterModel
            {
                Recipient = new(row.RecipientName, row.OrganisationName, $"{row.Street} {row.HouseNumber}", row.PostalCode, row.City),
                HolderName = $"{row.HolderInitials} {row.HolderSurname}",
                Organisation = new(row.OrganisationName, row.KvkNumber, row.BranchNumber),
                Level = row.Level,
                ActivationCode = code.Code,
                ExpiresAt = code.Record.ExpiresAt,
                LetterDate = letterDate,
                ApplicationReference = row.ApplicationReference,
                Issuer = letterIssuer,
            };
        });

        var progress = new PrintProgress(scopes, batchId, clock, ProgressInterval, Lease);
        await Task.Run(() =>
        {
            using var output = new FileStream(partPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            pdf.RenderBatch(letters, output, progress);
        }, cancellationToken);
        return issued;
    }

    private static IQueryable<LetterRow> LettersInPrintOrder(BeheermoduleDbContext db, int batchId) =>
        from letter in PrintBatches.Printable(db.ActivationLetters.AsNoTracking())
        where letter.PrintBatchId == batchId
        join application in db.Applications on letter.ApplicationId equals application.Id
        orderby letter.Priority, letter.PostalCode, letter.Id
        select new LetterRow(
            letter.Id, letter.MeansId, letter.RecipientName, letter.Street, letter.HouseNumber, letter.PostalCode, letter.City,
            letter.Means.Organisation.Name, letter.Means.Organisation.KvkNumber, letter.Means.BranchNumber,
            letter.Means.HolderInitials, letter.Means.HolderSurname, letter.Means.PendingLevel ?? letter.Means.Level, application.Reference);

    /// <summary>
    /// One transaction: earlier codes of these means revoked, the new hashes stored, the letters and the batch
    /// marked printed, and applications whose letters are now all printed completed. The PDF is moved into place
    /// inside it, so a batch is Ready exactly when its file exists.
    /// </summary>
    private async Task SaveAsPrintedAsync(IServiceProvider services, BeheermoduleDbContext db, int batchId, List<ActivationCode> issued,
        DateTime printedAt, Action publishFile, string fileName, CancellationToken cancellationToken)
    {
        var actor = AuditActor.System("print");
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var revoked = await db.ActivationCodes
            .Where(c => c.Status == ActivationCodeStatus.Issued && db.ActivationLetters.Any(l => l.PrintBatchId == batchId && l.MeansId == c.MeansId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ActivationCodeStatus.Revoked).SetProperty(c => c.RevokedAt, printedAt), cancellationToken);

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in issued.Chunk(SaveChunk))
        {
            db.ActivationCodes.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        // Rule 13: from the moment the upgrade's letter leaves, the old log-in cannot be used until the new code is activated.
        var suspended = await db.Means
            .Where(m => m.PendingLevel != null && m.Status == MeansStatus.Active && db.ActivationLetters.Any(l => l.PrintBatchId == batchId && l.MeansId == m.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Status, MeansStatus.Suspended), cancellationToken);
        await PrintBatches.Printable(db.ActivationLetters.Where(l => l.PrintBatchId == batchId))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.PrintedAt, printedAt), cancellationToken);
        await db.PrintBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, PrintBatchStatus.Ready)
            .SetProperty(b => b.FileName, fileName)
            .SetProperty(b => b.LetterCount, issued.Count)
            .SetProperty(b => b.LettersRendered, issued.Count)
            .SetProperty(b => b.CompletedAt, printedAt)
            .SetProperty(b => b.LeaseUntil, (DateTime?)null)
            .SetProperty(b => b.Error, (string?)null), cancellationToken);

        await services.GetRequiredService<ApplicationCompletion>().CompletePrintedAsync(batchId, printedAt, actor, cancellationToken);
        services.GetRequiredService<AuditLog>().Record(actor, "print-batch.printed",
            details: $"Batch {batchId}: {issued.Count} brieven, {issued.Count} codes uitgegeven, {revoked} oudere codes ingetrokken, {suspended} middelen opgeschort voor een opwaardering.");
        await db.SaveChangesAsync(cancellationToken);

        publishFile();
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task MarkFailedAsync(int batchId, Exception error)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        var message = $"{error.GetType().Name}: {error.Message}";
        message = message.Length <= ErrorLength ? message : message[..ErrorLength];
        await db.PrintBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Status, PrintBatchStatus.Failed)
            .SetProperty(b => b.LeaseUntil, (DateTime?)null)
            .SetProperty(b => b.Error, message), CancellationToken.None);
        scope.ServiceProvider.GetRequiredService<AuditLog>().Record(AuditActor.System("print"), "print-batch.failed", AuditOutcome.Failed, details: $"Batch {batchId}: {message}");
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private sealed record LetterRow(
        int LetterId, int MeansId, string RecipientName, string Street, string HouseNumber, string PostalCode, string City,
        string OrganisationName, string KvkNumber, string? BranchNumber, string HolderInitials, string HolderSurname,
        AssuranceLevel Level, string ApplicationReference);
}
