using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Registration;

public enum ConfirmationOutcome
{
    Confirmed,
    AlreadyConfirmed,
    Expired,
    NotFound,
}

/// <summary>EH1 (rule 2): the link in the e-mail confirms the application, which approves it; unconfirmed, it expires.</summary>
public sealed class ApplicationConfirmation(BeheermoduleDbContext db, ApplicationNotifier notifier, AuditLog audit, TimeProvider clock)
{
    public static string PathFor(string token) => $"/aanvragen/bevestigen/{token}";

    public async Task<(ConfirmationOutcome Outcome, Application? Application)> ConfirmAsync(string? token, AuditActor actor, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return (ConfirmationOutcome.NotFound, null);
        }
        var hash = SecretToken.Hash(token);
        var application = await db.Applications.Include(a => a.Persons).Include(a => a.StatusChanges)
            .SingleOrDefaultAsync(a => a.ConfirmationTokenHash == hash, cancellationToken);
        if (application is null)
        {
            audit.Record(actor, "application.confirmation", AuditOutcome.Refused, details: "Onbekende bevestigingslink.");
            await db.SaveChangesAsync(cancellationToken);
            return (ConfirmationOutcome.NotFound, null);
        }
        if (application.Status != ApplicationStatus.AwaitingConfirmation)
        {
            return (application.Status == ApplicationStatus.Expired ? ConfirmationOutcome.Expired : ConfirmationOutcome.AlreadyConfirmed, application);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (now >= application.ConfirmationExpiresAt)
        {
            Expire(application, now, actor);
            await db.SaveChangesAsync(cancellationToken);
            return (ConfirmationOutcome.Expired, application);
        }
        application.MoveTo(ApplicationStatus.Approved, now, "Bevestigd via de link in de e-mail.");
        notifier.StatusChanged(application);
        audit.Record(actor, "application.confirmed", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Clicked twice at once: the other request confirmed it.
            return (ConfirmationOutcome.AlreadyConfirmed, application);
        }
        return (ConfirmationOutcome.Confirmed, application);
    }

    /// <summary>Expires every EH1 application whose confirmation time has passed; returns how many.</summary>
    public async Task<int> ExpireOverdueAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var overdue = await db.Applications.Include(a => a.Persons).Include(a => a.StatusChanges)
            .Where(a => a.Status == ApplicationStatus.AwaitingConfirmation && a.ConfirmationExpiresAt <= now)
            .OrderBy(a => a.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var application in overdue)
        {
            Expire(application, now, AuditActor.System("registration"));
        }
        await db.SaveChangesAsync(cancellationToken);
        return overdue.Count;
    }

    private void Expire(Application application, DateTime now, AuditActor actor)
    {
        application.MoveTo(ApplicationStatus.Expired, now, "Niet op tijd bevestigd.");
        notifier.StatusChanged(application);
        audit.Record(actor, "application.expired", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber);
    }
}
