using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Backoffice;

/// <summary>Approved becomes Afgerond once every activation letter of the application has been printed.</summary>
public sealed class ApplicationCompletion(BeheermoduleDbContext db, ApplicationNotifier notifier, AuditLog audit)
{
    private const int Chunk = 200;

    /// <summary>Completes the approved applications with a letter in this batch and no letter left to print.</summary>
    public async Task<int> CompletePrintedAsync(int printBatchId, DateTime now, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var ids = await db.Applications
            .Where(a => a.Status == ApplicationStatus.Approved
                && db.ActivationLetters.Any(l => l.ApplicationId == a.Id && l.PrintBatchId == printBatchId)
                && !db.ActivationLetters.Any(l => l.ApplicationId == a.Id && l.PrintedAt == null && l.Means.Status != MeansStatus.Ended))
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);

        // In chunks, so a batch of thousands does not hold thousands of applications in memory at once.
        foreach (var chunk in ids.Chunk(Chunk))
        {
            var applications = await db.Applications.Include(a => a.Persons).Include(a => a.StatusChanges)
                .Where(a => chunk.Contains(a.Id)).ToListAsync(cancellationToken);
            foreach (var application in applications)
            {
                Complete(application, now, "Alle activeringsbrieven zijn gedrukt en gaan vandaag op de post.", actor);
            }
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }
        return ids.Count;
    }

    /// <summary>Moves one approved application to Afgerond, with its e-mail and audit event, in the caller's unit of work.</summary>
    public void Complete(Application application, DateTime now, string note, AuditActor actor)
    {
        application.MoveTo(ApplicationStatus.Completed, now, note);
        notifier.StatusChanged(application);
        audit.Record(actor, "application.completed", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber);
    }
}
