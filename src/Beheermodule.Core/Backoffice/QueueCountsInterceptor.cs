using Beheermodule.Core.Data;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Backoffice;

/// <summary>
/// Drops the kept queue counts once a save that adds, removes or moves an application is visible, so the helpdesk
/// sees its own decision in the tab counts at once.
/// </summary>
public sealed class QueueCountsInterceptor(QueueCounts counts) : AfterCommitInterceptor
{
    // Entries() detects changes first (unless detection is switched off), so a status set on a tracked entity counts.
    protected override bool Concerns(DbContext context) =>
        context.ChangeTracker.Entries<Application>().Any(e => e.State is EntityState.Added or EntityState.Deleted
            || (e.State == EntityState.Modified && e.Property(a => a.Status).IsModified));

    protected override void OnVisible() => counts.Invalidate();
}
