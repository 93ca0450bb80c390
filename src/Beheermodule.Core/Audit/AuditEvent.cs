namespace Beheermodule.Core.Audit;

/// <summary>
/// One state change, written in the same transaction as the change itself. Append-only: the DbContext
/// refuses to update or delete one. Never holds a secret.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; private set; }
    public DateTime OccurredAt { get; private set; }
    public string Actor { get; private set; } = "";
    public string Action { get; private set; } = "";
    public int? ApplicationId { get; private set; }
    public string? ApplicationReference { get; private set; }
    public string? KvkNumber { get; private set; }
    public AuditOutcome Outcome { get; private set; }
    public string? Details { get; private set; }

    private AuditEvent()
    {
    }

    public AuditEvent(DateTime occurredAt, string actor, string action, AuditOutcome outcome,
        int? applicationId = null, string? applicationReference = null, string? kvkNumber = null, string? details = null)
    {
        OccurredAt = occurredAt;
        Actor = actor;
        Action = action;
        Outcome = outcome;
        ApplicationId = applicationId;
        ApplicationReference = applicationReference;
        KvkNumber = kvkNumber;
        Details = details;
    }
}

public enum AuditOutcome
{
    Success,
    Refused,
    Failed,
}
