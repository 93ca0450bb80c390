using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Beheermodule.Core.ActivationLetters.Printing;

/// <summary>
/// Writes a rendering batch's letter count to the database for the progress bar, a few times a second at most (a
/// write per letter would slow the rendering down more than the bar is worth), and extends the renderer's lease.
/// </summary>
internal sealed class PrintProgress(IServiceScopeFactory scopes, int batchId, TimeProvider clock, TimeSpan interval, TimeSpan lease) : IProgress<int>
{
    private long _lastWrite = clock.GetTimestamp();

    public void Report(int value)
    {
        if (clock.GetElapsedTime(_lastWrite) < interval)
        {
            return;
        }
        _lastWrite = clock.GetTimestamp();
        var leaseUntil = clock.GetUtcNow().UtcDateTime + lease;
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>().PrintBatches
            .Where(b => b.Id == batchId && b.Status == PrintBatchStatus.Rendering)
            .ExecuteUpdate(s => s.SetProperty(b => b.LettersRendered, value).SetProperty(b => b.LeaseUntil, leaseUntil));
    }
}
