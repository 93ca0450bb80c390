using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Backoffice;

/// <summary>Face-to-face check record (EH3, EH4).</summary>
public sealed record FaceToFaceRecord(DateOnly MetOn, string Place, string DocumentType, string DocumentLastFour);

/// <summary>
/// The helpdesk's actions on one application. Each is one transaction with its audit event and e-mail. Every
/// action carries the version the staff member saw: of two decisions at once, exactly one stands.
/// </summary>
public sealed class ApplicationReview(BeheermoduleDbContext db, ApplicationNotifier notifier, MeansIssuance issuance, RegistryComparison registry, AuditLog audit, TimeProvider clock)
{
    public Task<ReviewResult> RecordContractReceivedAsync(int applicationId, Guid seenVersion, DateOnly receivedOn, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(applicationId, seenVersion, staff, cancellationToken, (application, now) =>
        {
            if (application.Status != ApplicationStatus.AwaitingContract)
            {
                return ReviewResult.Refused("Het contract is al als ontvangen geregistreerd.");
            }
            application.ContractReceivedOn = receivedOn;
            application.MoveTo(ApplicationStatus.UnderReview, now, $"Wij hebben uw ondertekende contract op {DutchDates.Format(receivedOn)} ontvangen.");
            notifier.StatusChanged(application);
            audit.Record(AuditActor.Account(staff), "application.contract-received", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber, receivedOn.ToString("yyyy-MM-dd"));
            return ReviewResult.Done;
        });

    /// <summary>Documents for an incomplete application arrived: back to review.</summary>
    public Task<ReviewResult> ResumeReviewAsync(int applicationId, Guid seenVersion, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(applicationId, seenVersion, staff, cancellationToken, (application, now) =>
        {
            if (application.Status != ApplicationStatus.Incomplete)
            {
                return ReviewResult.Refused("Alleen een onvolledige aanvraag gaat terug naar beoordeling.");
            }
            application.MoveTo(ApplicationStatus.UnderReview, now, "Wij hebben uw aanvulling ontvangen en beoordelen de aanvraag verder.");
            notifier.StatusChanged(application);
            audit.Record(AuditActor.Account(staff), "application.review-resumed", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber);
            return ReviewResult.Done;
        });

    public Task<ReviewResult> TickAsync(int applicationId, Guid seenVersion, string item, FaceToFaceRecord? faceToFace, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(applicationId, seenVersion, staff, cancellationToken, (application, now) =>
        {
            if (!IsUnderReview(application))
            {
                return ReviewResult.Refused("De checklist kan alleen worden bijgewerkt zolang de aanvraag wordt beoordeeld.");
            }
            var checklistItem = ApplicationChecklist.For(application).SingleOrDefault(i => i.Key == item);
            if (checklistItem is null)
            {
                return ReviewResult.Refused("Dit onderdeel hoort niet bij de checklist van deze aanvraag.");
            }
            if (checklistItem.Kind == ChecklistItemKind.FaceToFace && faceToFace is null)
            {
                return ReviewResult.Refused("Vul datum, plaats, soort document en de laatste 4 tekens van het documentnummer in.");
            }
            if (ApplicationChecklist.EvidenceMissing(checklistItem, DocumentsOf(application)) is { } evidenceMissing)
            {
                return ReviewResult.Refused(evidenceMissing);
            }
            if (db.ApplicationChecks.Local.Any(c => c.ApplicationId == application.Id && c.Item == item))
            {
                return ReviewResult.Done;
            }
            db.ApplicationChecks.Add(new ApplicationCheck
            {
                ApplicationId = application.Id, Item = item, CheckedBy = staff, CheckedAt = now,
                MetOn = faceToFace?.MetOn, Place = faceToFace?.Place, DocumentType = faceToFace?.DocumentType, DocumentLastFour = faceToFace?.DocumentLastFour,
            });
            Touch(application, now);
            audit.Record(AuditActor.Account(staff), "application.check-ticked", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber, checklistItem.Label);
            return ReviewResult.Done;
        }, loadChecks: true);

    public Task<ReviewResult> UntickAsync(int applicationId, Guid seenVersion, string item, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(applicationId, seenVersion, staff, cancellationToken, (application, now) =>
        {
            if (!IsUnderReview(application))
            {
                return ReviewResult.Refused("De checklist kan alleen worden bijgewerkt zolang de aanvraag wordt beoordeeld.");
            }
            var check = db.ApplicationChecks.Local.SingleOrDefault(c => c.ApplicationId == application.Id && c.Item == item);
            if (check is not null)
            {
                db.ApplicationChecks.Remove(check);
                Touch(application, now);
                audit.Record(AuditActor.Account(staff), "application.check-unticked", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber, item);
            }
            return ReviewResult.Done;
        }, loadChecks: true);

    public Task<ReviewResult> MarkIncompleteAsync(int applicationId, Guid seenVersion, IReadOnlyList<string> missing, string? remark, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(applicationId, seenVersion, staff, cancellationToken, (application, now) =>
        {
            if (application.Status != ApplicationStatus.UnderReview)
            {
                return ReviewResult.Refused("Alleen een aanvraag die wordt beoordeeld, kan onvolledig worden verklaard.");
            }
            var lines = missing.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim()).ToList();
            if (!string.IsNullOrWhiteSpace(remark))
            {
                lines.Add(remark.Trim());
            }
            if (lines.Count == 0)
            {
                return ReviewResult.Refused("Kies wat er ontbreekt of schrijf het in de toelichting.");
            }
            var note = "Wat ontbreekt:\n" + string.Join("\n", lines.Select(l => $"- {l}"));
            application.MoveTo(ApplicationStatus.Incomplete, now, note);
            notifier.StatusChanged(application, note);
            audit.Record(AuditActor.Account(staff), "application.incomplete", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber, $"{lines.Count} ontbrekende onderdelen");
            return ReviewResult.Done;
        });

    public Task<ReviewResult> RejectAsync(int applicationId, Guid seenVersion, string? reason, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(applicationId, seenVersion, staff, cancellationToken, (application, now) =>
        {
            if (!IsUnderReview(application))
            {
                return ReviewResult.Refused("Deze aanvraag kan niet (meer) worden afgewezen.");
            }
            if (string.IsNullOrWhiteSpace(reason))
            {
                return ReviewResult.Refused("Geef de reden van de afwijzing; de aanvrager leest die.");
            }
            application.MoveTo(ApplicationStatus.Rejected, now, reason.Trim());
            notifier.StatusChanged(application, reason.Trim());
            audit.Record(AuditActor.Account(staff), "application.rejected", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber);
            return ReviewResult.Done;
        });

    public Task<ReviewResult> ApproveAsync(int applicationId, Guid seenVersion, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(applicationId, seenVersion, staff, cancellationToken, async (application, now) =>
        {
            if (!IsUnderReview(application))
            {
                return ReviewResult.Refused("Deze aanvraag kan niet (meer) worden goedgekeurd.");
            }
            var checks = db.ApplicationChecks.Local.Where(c => c.ApplicationId == application.Id).ToList();
            var missing = ApplicationChecklist.Missing(application, checks, DocumentsOf(application));
            if (missing.Count > 0)
            {
                return ReviewResult.Refused("Goedkeuren kan pas als de checklist compleet is. Nog open: " + string.Join("; ", missing) + ".");
            }
            var inRegister = await registry.CompareAsync(application, cancellationToken);
            if (inRegister.SignatureProblem(ApplicationChecklist.Signers(application, checks)) is { } notBinding)
            {
                audit.Record(AuditActor.Account(staff), "application.approval", AuditOutcome.Refused, application.Id, application.Reference, application.KvkNumber, "tekenbevoegdheid");
                return ReviewResult.Refused(notBinding + " Vraag de handtekening van een bevoegde bestuurder.");
            }
            if (FourEyes.Applies(application.Level) && checks.Any(c => c.CheckedBy == staff))
            {
                audit.Record(AuditActor.Account(staff), "application.approval", AuditOutcome.Refused, application.Id, application.Reference, application.KvkNumber, "vier ogen");
                return ReviewResult.Refused(FourEyes.Message);
            }
            application.MoveTo(ApplicationStatus.Approved, now, "Uw aanvraag is goedgekeurd. De activeringsbrieven worden per post naar de wettelijk vertegenwoordiger gestuurd.");
            var means = await issuance.IssueAsync(application, now, cancellationToken);
            notifier.StatusChanged(application);
            audit.Record(AuditActor.Account(staff), "application.approved", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber, $"{means.Count} middelen");
            return ReviewResult.Done;
        }, loadChecks: true);

    private List<ApplicationDocument> DocumentsOf(Application application) =>
        db.ApplicationDocuments.Local.Where(d => d.ApplicationId == application.Id).ToList();

    private static bool IsUnderReview(Application application) =>
        application.Status is ApplicationStatus.UnderReview or ApplicationStatus.Incomplete;

    /// <summary>A checklist change is a change too: a decision taken on an older view of it must not stand.</summary>
    private static void Touch(Application application, DateTime now)
    {
        application.Version = Guid.NewGuid();
        application.UpdatedAt = now;
    }

    private Task<ReviewResult> ActAsync(int applicationId, Guid seenVersion, string staff, CancellationToken cancellationToken,
        Func<Application, DateTime, ReviewResult> action, bool loadChecks = false) =>
        ActAsync(applicationId, seenVersion, staff, cancellationToken, (a, now) => Task.FromResult(action(a, now)), loadChecks);

    private async Task<ReviewResult> ActAsync(int applicationId, Guid seenVersion, string staff, CancellationToken cancellationToken,
        Func<Application, DateTime, Task<ReviewResult>> action, bool loadChecks = false)
    {
        var application = await db.Applications
            .Include(a => a.Persons).ThenInclude(p => p.RequestedServices)
            .Include(a => a.StatusChanges)
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return ReviewResult.NotFound;
        }
        if (application.Version != seenVersion)
        {
            return ReviewResult.Conflict;
        }
        if (loadChecks)
        {
            await db.ApplicationChecks.Where(c => c.ApplicationId == applicationId).LoadAsync(cancellationToken);
            await db.ApplicationDocuments.Where(d => d.ApplicationId == applicationId).LoadAsync(cancellationToken);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await action(application, clock.GetUtcNow().UtcDateTime);
        if (result.Outcome != ReviewOutcome.Done)
        {
            db.ChangeTracker.KeepOnlyAuditEvents();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || IsUniqueViolation(exception))
        {
            return ReviewResult.Conflict;
        }
    }

    private static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || exception.InnerException?.GetType().Name == "PostgresException" && exception.InnerException.Message.Contains("23505");
}

/// <summary>EH3 and EH4: whoever ticked the checklist may not also approve.</summary>
public static class FourEyes
{
    public const string Message = "Vier ogen: u heeft zelf onderdelen van de checklist afgevinkt. Een collega moet deze aanvraag goedkeuren.";

    public static bool Applies(AssuranceLevel level) => level >= AssuranceLevel.EH3;
}
