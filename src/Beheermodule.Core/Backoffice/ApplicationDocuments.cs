using Beheermodule.Core.Audit;
using Beheermodule.Core.Backoffice.Documents;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Backoffice;

/// <summary>Uploads and downloads of an application's documents by staff; every one audited.</summary>
public sealed class ApplicationDocuments(BeheermoduleDbContext db, DocumentStore store, AuditLog audit, TimeProvider clock)
{
    public async Task<StoreResult> UploadAsync(int applicationId, ApplicationDocumentKind kind, Stream content, string? originalName, string staff, CancellationToken cancellationToken = default)
    {
        var application = await db.Applications.AsNoTracking().Where(a => a.Id == applicationId)
            .Select(a => new { a.Id, a.Reference, a.KvkNumber }).SingleAsync(cancellationToken);
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
            DisplayName = displayName,
            StoredName = stored.StoredName,
            Format = stored.Format,
            Size = stored.Size,
            Sha256 = stored.Sha256,
            UploadedBy = staff,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        });
        audit.Record(AuditActor.Account(staff), "document.uploaded", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber,
            $"{kind.DisplayName()}: {displayName} ({stored.Size} bytes, sha256 {stored.Sha256})");
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
