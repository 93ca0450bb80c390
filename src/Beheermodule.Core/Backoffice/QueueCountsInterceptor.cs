using System.Runtime.CompilerServices;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beheermodule.Core.Backoffice;

/// <summary>
/// Drops the kept queue counts once a save that adds, removes or moves an application has gone through, so the
/// helpdesk sees its own decision in the tab counts at once.
/// </summary>
public sealed class QueueCountsInterceptor(QueueCounts counts) : SaveChangesInterceptor
{
    private static readonly object Marker = new();

    // Per DbContext, without keeping a disposed context alive: this interceptor is a singleton.
    private readonly ConditionalWeakTable<DbContext, object> _changing = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        OnSaved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        OnSaved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        // Interceptors run before SaveChanges looks for changes itself; a status set on a tracked entity only
        // shows as a modification after this.
        if (context.ChangeTracker.AutoDetectChangesEnabled)
        {
            context.ChangeTracker.DetectChanges();
        }
        if (context.ChangeTracker.Entries<Application>().Any(e => e.State is EntityState.Added or EntityState.Deleted
                || (e.State == EntityState.Modified && e.Property(a => a.Status).IsModified)))
        {
            _changing.AddOrUpdate(context, Marker);
        }
    }

    private void OnSaved(DbContext? context)
    {
        if (context is not null && _changing.Remove(context))
        {
            counts.Invalidate();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _changing.Remove(context);
        }
    }
}
