using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.ActivationLetters.Printing;

/// <summary>Letters waiting for a batch, per priority, in print order (rule 14: courier rush, rush, the rest).</summary>
public sealed record WaitingLetters(int RushCourier, int Rush, int Normal)
{
    public int Total => RushCourier + Rush + Normal;

    public int Of(LetterPriority priority) => priority switch
    {
        LetterPriority.RushCourier => RushCourier,
        LetterPriority.Rush => Rush,
        _ => Normal,
    };
}

/// <summary>What the print page shows: the letters waiting and the recent batches with their progress.</summary>
public sealed class LetterPrintQueue(BeheermoduleDbContext db)
{
    public const int RecentBatches = 20;

    public async Task<WaitingLetters> WaitingAsync(CancellationToken cancellationToken = default)
    {
        var counts = await PrintBatches.Printable(db.ActivationLetters.Where(l => l.PrintBatchId == null))
            .GroupBy(l => l.Priority)
            .Select(g => new { Priority = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Priority, g => g.Count, cancellationToken);
        return new WaitingLetters(
            counts.GetValueOrDefault(LetterPriority.RushCourier),
            counts.GetValueOrDefault(LetterPriority.Rush),
            counts.GetValueOrDefault(LetterPriority.Normal));
    }

    public Task<List<PrintBatch>> RecentAsync(CancellationToken cancellationToken = default) =>
        db.PrintBatches.AsNoTracking().OrderByDescending(b => b.Id).Take(RecentBatches).ToListAsync(cancellationToken);

    public Task<PrintBatch?> FindAsync(int batchId, CancellationToken cancellationToken = default) =>
        db.PrintBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, cancellationToken);
}
