using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ActivationLetters.Printing;

public enum PrintRequestOutcome
{
    Queued,
    NothingToPrint,
    Conflict,
    NotFound,
}

public sealed record PrintRequestResult(PrintRequestOutcome Outcome, PrintBatch? Batch = null);

/// <summary>A finished batch's PDF, opened for download.</summary>
public sealed record PrintBatchFile(Stream Content, string DownloadName);

/// <summary>
/// "Batch afdrukken" and what follows: queue letters as a batch for the print worker, print a lost batch again
/// with new codes, and hand out the finished PDF. Each action is one transaction with its audit event.
/// </summary>
public sealed class PrintBatches(
    BeheermoduleDbContext db,
    AuditLog audit,
    PrintBatchSignal signal,
    IOptions<PrintingOptions> options,
    TimeProvider clock)
{
    /// <summary>
    /// Puts every letter waiting to be printed (or those of one <paramref name="priority"/>) in a new batch. Two
    /// staff members clicking at once get two batches without a letter in both: a letter is taken by a conditional
    /// update of its batch id.
    /// </summary>
    public async Task<PrintRequestResult> QueueAsync(LetterPriority? priority, AuditActor actor, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = NewBatch(actor);
        await db.SaveChangesAsync(cancellationToken);

        var waiting = Printable(db.ActivationLetters.Where(l => l.PrintBatchId == null));
        if (priority is { } only)
        {
            waiting = waiting.Where(l => l.Priority == only);
        }
        batch.LetterCount = await waiting.ExecuteUpdateAsync(s => s.SetProperty(l => l.PrintBatchId, batch.Id), cancellationToken);
        if (batch.LetterCount == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new(PrintRequestOutcome.NothingToPrint);
        }
        audit.Record(actor, "print-batch.queued", details: $"Batch {batch.Id}: {batch.LetterCount} brieven.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        signal.Notify();
        return new(PrintRequestOutcome.Queued, batch);
    }

    /// <summary>
    /// A lost or spoiled batch (or one that failed) printed again: its letters go into a new batch, which makes new
    /// codes; the codes of the old PDF are revoked at once and the old file is deleted.
    /// </summary>
    public async Task<PrintRequestResult> ReprintAsync(int batchId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var old = await db.PrintBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (old is null)
        {
            return new(PrintRequestOutcome.NotFound);
        }
        if (old.Status is not (PrintBatchStatus.Ready or PrintBatchStatus.Failed))
        {
            return new(PrintRequestOutcome.Conflict, old);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only one of two simultaneous reprints may replace the batch.
        var replaced = await db.PrintBatches.Where(b => b.Id == batchId && b.Status == old.Status)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, PrintBatchStatus.Replaced), cancellationToken);
        if (replaced == 0)
        {
            return new(PrintRequestOutcome.Conflict, old);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var revoked = await db.ActivationCodes
            .Where(c => c.Status == ActivationCodeStatus.Issued && db.ActivationLetters.Any(l => l.Id == c.ActivationLetterId && l.PrintBatchId == batchId))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, ActivationCodeStatus.Revoked).SetProperty(c => c.RevokedAt, now), cancellationToken);

        var batch = NewBatch(actor);
        await db.SaveChangesAsync(cancellationToken);
        batch.LetterCount = await Printable(db.ActivationLetters.Where(l => l.PrintBatchId == batchId))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.PrintBatchId, batch.Id).SetProperty(l => l.PrintedAt, (DateTime?)null), cancellationToken);
        if (batch.LetterCount == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new(PrintRequestOutcome.NothingToPrint);
        }
        audit.Record(actor, "print-batch.reprinted",
            details: $"Batch {batchId} vervangen door batch {batch.Id}: {batch.LetterCount} brieven; {revoked} codes ingetrokken.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        DeleteFile(old.FileName);
        signal.Notify();
        return new(PrintRequestOutcome.Queued, batch);
    }

    /// <summary>The PDF of a finished batch, audited; null when the batch is not ready or its file is gone.</summary>
    public async Task<PrintBatchFile?> OpenAsync(int batchId, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var batch = await db.PrintBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is not { Status: PrintBatchStatus.Ready, FileName: { } fileName })
        {
            return null;
        }
        var path = Path.Combine(options.Value.DirectoryPath(), fileName);
        if (!File.Exists(path))
        {
            return null;
        }
        audit.Record(actor, "print-batch.downloaded", details: $"Batch {batchId}: {batch.LetterCount} brieven.");
        await db.SaveChangesAsync(cancellationToken);
        var content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
        return new PrintBatchFile(content, $"activeringsbrieven-batch-{batchId}.pdf");
    }

    /// <summary>A letter for a means that has ended is never printed: its code could only confuse.</summary>
    internal static IQueryable<ActivationLetter> Printable(IQueryable<ActivationLetter> letters) =>
        letters.Where(l => l.Means.Status != MeansStatus.Ended);

    private PrintBatch NewBatch(AuditActor actor) =>
        db.PrintBatches.Add(new PrintBatch
        {
            RequestedBy = actor.Description,
            RequestedAt = clock.GetUtcNow().UtcDateTime,
            Status = PrintBatchStatus.Queued,
        }).Entity;

    private void DeleteFile(string? fileName)
    {
        if (fileName is not null)
        {
            File.Delete(Path.Combine(options.Value.DirectoryPath(), fileName));
        }
    }
}
