using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Beheermodule.Core.Mail;

/// <summary>
/// Wakes the dispatcher once a save that queued mail is visible to it: right after the save, or, inside an
/// explicit transaction, after the commit. The dispatcher's poll is the fallback for anything missed here.
/// </summary>
public sealed class MailOutboxInterceptor(MailDispatchSignal signal) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();

    // Per DbContext, without keeping a disposed context alive: this interceptor is a singleton.
    private readonly ConditionalWeakTable<DbContext, object> _saving = new();
    private readonly ConditionalWeakTable<DbContext, object> _awaitingCommit = new();

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        NoteQueuedMail(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        NoteQueuedMail(eventData.Context);
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

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => OnCommitted(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OnCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => ForgetCommit(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetCommit(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => ForgetCommit(eventData.Context);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        ForgetCommit(eventData.Context);
        return Task.CompletedTask;
    }

    private void NoteQueuedMail(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutgoingMail>().Any(e => e.State == EntityState.Added))
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
            signal.Notify();
        }
        else
        {
            // Not yet visible to the dispatcher's own connection.
            _awaitingCommit.AddOrUpdate(context, Marker);
        }
    }

    private void OnCommitted(DbContext? context)
    {
        if (context is not null && _awaitingCommit.Remove(context))
        {
            signal.Notify();
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saving.Remove(context);
        }
    }

    private void ForgetCommit(DbContext? context)
    {
        if (context is not null)
        {
            _awaitingCommit.Remove(context);
        }
    }
}
