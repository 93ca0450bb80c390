using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Beheermodule.Core.Audit;

public static class ChangeTrackerExtensions
{
    /// <summary>
    /// Undoes every pending change except new audit events: a refused action saves the record of its refusal and
    /// never a half-made change.
    /// </summary>
    public static void KeepOnlyAuditEvents(this ChangeTracker changes)
    {
        foreach (var entry in changes.Entries().Where(e => e.Entity is not AuditEvent && e.State != EntityState.Unchanged).ToList())
        {
            entry.State = entry.State == EntityState.Added ? EntityState.Detached : EntityState.Unchanged;
        }
    }
}
