using Beheermodule.Core.Data;

namespace Beheermodule.Core.Audit;

/// <summary>
/// Adds audit events to the caller's unit of work, so an event is saved if and only if its change is.
/// </summary>
public sealed class AuditLog(BeheermoduleDbContext db, TimeProvider clock)
{
    public void Record(AuditActor actor, string action, AuditOutcome outcome = AuditOutcome.Success,
        int? applicationId = null, string? applicationReference = null, string? kvkNumber = null, string? details = null)
    {
        db.AuditEvents.Add(new AuditEvent(clock.GetUtcNow().UtcDateTime, actor.Description, action, outcome,
            applicationId, applicationReference, kvkNumber, details));
    }
}
