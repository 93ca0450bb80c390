using Beheermodule.Core.Audit;
using Beheermodule.Core.Backoffice.Documents;
using Beheermodule.Core.Data;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Backoffice;

/// <summary>
/// Uploads, downloads and removals of an application's documents by staff; every one audited. An identity document
/// is assigned to the person it shows at upload, so the checklist can require it per person.
/// </summary>
public sealed class ApplicationDocuments(BeheermoduleDbContext db, DocumentStore store, AuditLog audit, TimeProvider clock)
{
    public const string PersonNeeded = "Kies van wie dit identiteitsbewijs is.";
    public const string PersonOnlyForId = "Alleen een identiteitsbewijs hoort bij een persoon. Kies bij een ander document geen persoon.";

    /// <summary>Why the kind and person given do not fit this application, in Dutch; null when they do.</summary>
    public async Task<string?> AssignmentProblemAsync(int applicationId, ApplicationDocumentKind kind, int? personId, CancellationToken cancellationToken = default)
    {
        if (kind != ApplicationDocumentKind.IdDocument)
        {
            return personId is null ? null : PersonOnlyForId;
        }
        return personId is { } id && await db.ApplicationPersons.AnyAsync(p => p.Id == id && p.ApplicationId == applicationId, cancellationToken)
            ? null
            : PersonNeeded;
    }

    public async Task<StoreResult> UploadAsync(int applicationId, ApplicationDocumentKind kind, int? personId, Stream content, string? originalName, string staff, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new { a.Id, a.Reference, a.KvkNumber }).SingleAsync(cancellationToken);
        var person = personId is { } id
            ? await db.ApplicationPersons.AsNoTracking().Where(p => p.Id == id && p.ApplicationId == applicationId).Select(p => p.Initials + " " + p.Surname).SingleAsync(cancellationToken)
            : null;
        var result = await store.SaveAsync(content, cancellationToken);
        var displayName = DocumentStore.DisplayName(originalName);
        if (!result.Succeeded)
        {
            audit.Record(AuditActor.Account(staff), "document.upload", AuditOutcome.Refused, application.Id, application.Reference, application.KvkNumber, $"{displayName}: {result.Rejection}");
            await db.SaveChangesAsync(cancellationToken);
            return result;
        }
        var stored = result.Document;
        db.ApplicationDocuments.Add(new ApplicationDocument
        {
            ApplicationId = application.Id,
            Kind = kind,
            PersonId = personId,
            DisplayName = displayName,
            StoredName = stored.StoredName,
            Format = stored.Format,
            Size = stored.Size,
            Sha256 = stored.Sha256,
            UploadedBy = staff,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record(AuditActor.Account(staff), "document.uploaded", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber,
            $"{kind.DisplayName()}{(person is null ? "" : $" van {person}")}: {displayName} ({stored.Size} bytes, sha256 {stored.Sha256})");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The file must not outlive a failed save: nothing half saved.
            store.Delete(stored.StoredName);
            throw;
        }
        return result;
    }

    public Task<List<ApplicationDocument>> ListAsync(int applicationId, CancellationToken cancellationToken = default) =>
        db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == applicationId).OrderBy(d => d.UploadedAt).ToListAsync(cancellationToken);

    /// <summary>
    /// Removes a document that was wrong (another person's, the wrong file) while the application is still being
    /// decided on; a tick whose evidence it was opens again, and the application's version changes so a decision
    /// taken on the older view does not stand. After approval the documents are the evidence of the level and stay.
    /// </summary>
    public async Task<string?> RemoveAsync(int applicationId, int documentId, string staff, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.SingleAsync(a => a.Id == applicationId, cancellationToken);
        if (application.Status is ApplicationStatus.Approved or ApplicationStatus.Completed or ApplicationStatus.Rejected or ApplicationStatus.Expired)
        {
            return "Over deze aanvraag is beslist: de documenten zijn het bewijs bij die beslissing en blijven bewaard.";
        }
        var document = await db.ApplicationDocuments.SingleOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId, cancellationToken);
        if (document is null)
        {
            return "Dit document is al verwijderd.";
        }
        db.ApplicationDocuments.Remove(document);
        var remaining = await db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == applicationId && d.Id != documentId).ToListAsync(cancellationToken);
        var reopened = new List<string>();
        if (document.Kind == ApplicationDocumentKind.SignedContract && !remaining.Any(d => d.Kind == ApplicationDocumentKind.SignedContract))
        {
            reopened.AddRange(await UntickAsync(applicationId, c => c.Item.StartsWith("signed:"), cancellationToken));
        }
        if (document.Kind == ApplicationDocumentKind.IdDocument && document.PersonId is { } personId
            && !remaining.Any(d => d.Kind == ApplicationDocumentKind.IdDocument && d.PersonId == personId))
        {
            var item = $"id:{personId}";
            reopened.AddRange(await UntickAsync(applicationId, c => c.Item == item, cancellationToken));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        application.Version = Guid.NewGuid();
        application.UpdatedAt = now;
        audit.Record(AuditActor.Account(staff), "document.removed", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber,
            $"{document.Kind.DisplayName()}: {document.DisplayName}{(reopened.Count == 0 ? "" : $"; weer open: {string.Join(", ", reopened)}")}");
        await db.SaveChangesAsync(cancellationToken);
        store.Delete(document.StoredName);
        return null;
    }

    private async Task<List<string>> UntickAsync(int applicationId, System.Linq.Expressions.Expression<Func<ApplicationCheck, bool>> which, CancellationToken cancellationToken)
    {
        var checks = await db.ApplicationChecks.Where(c => c.ApplicationId == applicationId).Where(which).ToListAsync(cancellationToken);
        db.ApplicationChecks.RemoveRange(checks);
        return checks.Select(c => c.Item).ToList();
    }

    /// <summary>Opens a document for download and records who took it.</summary>
    public async Task<(ApplicationDocument Document, Stream Content)?> OpenAsync(int applicationId, int documentId, string staff, CancellationToken cancellationToken = default)
    {
        var document = await db.ApplicationDocuments.AsNoTracking()
            .SingleOrDefaultAsync(d => d.Id == documentId && d.ApplicationId == applicationId, cancellationToken);
        if (document is null)
        {
            return null;
        }
        var reference = await db.Applications.Where(a => a.Id == applicationId).Select(a => a.Reference).SingleAsync(cancellationToken);
        audit.Record(AuditActor.Account(staff), "document.downloaded", AuditOutcome.Success, applicationId, reference, details: document.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return (document, store.OpenRead(document.StoredName));
    }
}
