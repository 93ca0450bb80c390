using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Backoffice;
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

/// <summary>
/// EH1 (rule 2): the link in the e-mail confirms the application, which approves it: the means are issued and each
/// holder gets the aanmeldcode by e-mail, after which the application is complete. Unconfirmed, it expires.
/// </summary>
public sealed class ApplicationConfirmation(
    BeheermoduleDbContext db,
    ApplicationNotifier notifier,
    MeansIssuance issuance,
    ActivationCodeMailer codeMailer,
    ApplicationCompletion completion,
    AuditLog audit,
    TimeProvider clock)
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
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        application.MoveTo(ApplicationStatus.Approved, now, "Bevestigd via de link in de e-mail.");
        audit.Record(actor, "application.confirmed", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber);
        var means = await issuance.IssueAsync(application, now, cancellationToken);
        try
        {
            // The codes need the means' ids.
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Clicked twice at once: the other request confirmed it.
            return (ConfirmationOutcome.AlreadyConfirmed, application);
        }
        foreach (var issued in means)
        {
            codeMailer.Send(issued, now, actor);
        }
        // One e-mail to the legal representative for both steps, which happen in the same moment.
        completion.Complete(application, now, "De aanmeldcodes zijn per e-mail naar de gebruikers gestuurd.", actor);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
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
