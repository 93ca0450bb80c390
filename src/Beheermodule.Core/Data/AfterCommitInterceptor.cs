using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beheermodule.Core.Data;

/// <summary>
/// Acts once a save that concerns it is visible to other connections: right after the save, or, inside an explicit
/// transaction, after the commit. A failed save or a rolled-back transaction never acts.
/// </summary>
public abstract class AfterCommitInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();

    // Per DbContext, without keeping a disposed context alive: interceptors are singletons.
    private readonly ConditionalWeakTable<DbContext, object> _saving = new();
    private readonly ConditionalWeakTable<DbContext, object> _awaitingCommit = new();

    /// <summary>Whether the changes about to be saved are ones this interceptor acts on.</summary>
    protected abstract bool Concerns(DbContext context);

    /// <summary>What to do once such a save is visible to other connections.</summary>
    protected abstract void OnVisible();

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

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(_saving, eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(_saving, eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => OnCommitted(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OnCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(_awaitingCommit, eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(_awaitingCommit, eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(_awaitingCommit, eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(_awaitingCommit, eventData.Context);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is not null && Concerns(context))
        {
            _saving.AddOrUpdate(context, Marker);
        }
    }

    private void OnSaved(DbContext? context)
    {
        if (context is null || !_saving.Remove(context))
        {
            return;
        }
        if (context.Database.CurrentTransaction is null)
        {
            OnVisible();
        }
        else
        {
            // Not yet visible to other connections.
            _awaitingCommit.AddOrUpdate(context, Marker);
        }
    }

    private void OnCommitted(DbContext? context)
    {
        if (context is not null && _awaitingCommit.Remove(context))
        {
            OnVisible();
        }
    }

    private static void Forget(ConditionalWeakTable<DbContext, object> table, DbContext? context)
    {
        if (context is not null)
        {
            table.Remove(context);
        }
    }
}
