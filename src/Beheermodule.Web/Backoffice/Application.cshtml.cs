using Beheermodule.Core.ActivationLetters;
using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Backoffice.Documents;
using Beheermodule.Core.Data;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Backoffice;

/// <summary>Checking one application: registry comparison, documents, checklist and the decision.</summary>
[RequestFormLimits(MultipartBodyLengthLimit = 12 * 1024 * 1024)]
[RequestSizeLimit(12 * 1024 * 1024)]
public sealed class ApplicationModel(
    BeheermoduleDbContext db, ApplicationReview review, ApplicationDocuments documents, RegistryComparison comparison, RushDeadline calendar,
    ActivationOverview activation, TimeProvider clock) : PageModel
{
    public Application Application { get; private set; } = null!;
    public IReadOnlyList<ChecklistItem> Checklist { get; private set; } = [];
    public IReadOnlyDictionary<string, ApplicationCheck> Checks { get; private set; } = new Dictionary<string, ApplicationCheck>();
    public IReadOnlyList<string> Missing { get; private set; } = [];
    public IReadOnlyList<ApplicationDocument> Documents { get; private set; } = [];
    public IReadOnlyList<MeansActivationState> Activation { get; private set; } = [];
    public RegistryComparisonResult Registry { get; private set; } = null!;

    /// <summary>Why the signatures ticked so far do not bind the company by the register; null when they do.</summary>
    public string? SignatureProblem { get; private set; }
    public DateTime? RushDeadlineAt { get; private set; }
    public bool IsOverdue { get; private set; }
    public bool FourEyesBlocksMe { get; private set; }
    public string? Message { get; private set; }
    public bool MessageIsError { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public DateOnly? ReceivedOn { get; set; }

    [BindProperty]
    public FaceToFaceInput FaceToFace { get; set; } = new();

    [BindProperty]
    public List<string> MissingItems { get; set; } = [];

    [BindProperty]
    [StringLength(1000, ErrorMessage = "De toelichting mag hoogstens 1000 tekens hebben.")]
    public string? Remark { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "De reden mag hoogstens 1000 tekens hebben.")]
    public string? RejectionReason { get; set; }

    [BindProperty]
    public ApplicationDocumentKind UploadKind { get; set; } = ApplicationDocumentKind.SignedContract;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>Whose identity document is uploaded; only for that kind.</summary>
    [BindProperty]
    public int? UploadPersonId { get; set; }

    /// <summary>The people an identity document can belong to: everyone who gets a means or a new level, and at EH4 everyone seen in person.</summary>
    public IReadOnlyList<(int PersonId, string Label)> IdDocumentOwners { get; private set; } = [];

    /// <summary>The face-to-face item being recorded; its fields stay filled in when something is wrong.</summary>
    public sealed class FaceToFaceInput
    {
        public string? Item { get; set; }
        public DateOnly? MetOn { get; set; }
        public string? Place { get; set; }
        public string? DocumentType { get; set; }
        public string? DocumentLastFour { get; set; }
    }

    private string Staff => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Version = Application.Version;
        ReceivedOn ??= calendar.Today(clock.GetUtcNow().UtcDateTime);
        if (TempData["BackofficeMessage"] is string message)
        {
            Message = message;
        }
        return Page();
    }

    public Task<IActionResult> OnPostContractReceivedAsync(int id, CancellationToken cancellationToken)
    {
        if (ReceivedOn is not { } receivedOn)
        {
            ModelState.AddModelError(nameof(ReceivedOn), "Vul de datum in waarop het contract binnenkwam.");
            return RedisplayAsync(id, cancellationToken);
        }
        if (receivedOn > calendar.Today(clock.GetUtcNow().UtcDateTime))
        {
            ModelState.AddModelError(nameof(ReceivedOn), "De ontvangstdatum kan niet in de toekomst liggen.");
            return RedisplayAsync(id, cancellationToken);
        }
        return ActAsync(id, nameof(ReceivedOn), () => review.RecordContractReceivedAsync(id, Version, receivedOn, Staff, cancellationToken),
            "Contract ontvangen geregistreerd; de aanvraag staat nu bij Te beoordelen.", cancellationToken);
    }

    public Task<IActionResult> OnPostTickAsync(int id, string item, CancellationToken cancellationToken) =>
        ActAsync(id, "Checklist", () => review.TickAsync(id, Version, item, null, Staff, cancellationToken), "Afgevinkt.", cancellationToken);

    public Task<IActionResult> OnPostUntickAsync(int id, string item, CancellationToken cancellationToken) =>
        ActAsync(id, "Checklist", () => review.UntickAsync(id, Version, item, Staff, cancellationToken), "Vinkje weggehaald.", cancellationToken);

    public Task<IActionResult> OnPostFaceToFaceAsync(int id, CancellationToken cancellationToken)
    {
        var input = FaceToFace;
        if (input.MetOn is null)
        {
            ModelState.AddModelError("FaceToFace.MetOn", "Vul de datum van de controle in.");
        }
        else if (input.MetOn > calendar.Today(clock.GetUtcNow().UtcDateTime))
        {
            ModelState.AddModelError("FaceToFace.MetOn", "De datum van de controle kan niet in de toekomst liggen.");
        }
        if (string.IsNullOrWhiteSpace(input.Place))
        {
            ModelState.AddModelError("FaceToFace.Place", "Vul de plaats van de controle in.");
        }
        if (string.IsNullOrWhiteSpace(input.DocumentType))
        {
            ModelState.AddModelError("FaceToFace.DocumentType", "Kies het soort identiteitsdocument.");
        }
        var lastFour = input.DocumentLastFour?.Trim().ToUpperInvariant() ?? "";
        if (lastFour.Length != 4 || !lastFour.All(char.IsAsciiLetterOrDigit))
        {
            ModelState.AddModelError("FaceToFace.DocumentLastFour", "Vul de laatste 4 tekens van het documentnummer in (letters en cijfers).");
        }
        if (ModelState.ErrorCount > 0 || input.Item is null)
        {
            return RedisplayAsync(id, cancellationToken);
        }
        var record = new FaceToFaceRecord(input.MetOn!.Value, input.Place!.Trim(), input.DocumentType!.Trim(), lastFour);
        return ActAsync(id, "FaceToFace.Place", () => review.TickAsync(id, Version, input.Item, record, Staff, cancellationToken), "Face-to-face controle vastgelegd.", cancellationToken);
    }

    public Task<IActionResult> OnPostIncompleteAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, nameof(Remark), () => review.MarkIncompleteAsync(id, Version, MissingItems, Remark, Staff, cancellationToken),
            "De aanvraag is onvolledig verklaard; de aanvrager krijgt een e-mail met wat ontbreekt.", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, nameof(RejectionReason), () => review.RejectAsync(id, Version, RejectionReason, Staff, cancellationToken),
            "De aanvraag is afgewezen; de aanvrager krijgt een e-mail met de reden.", cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "Decision", () => review.ApproveAsync(id, Version, Staff, cancellationToken),
            "Goedgekeurd. De activeringsbrieven staan klaar om te printen.", cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "Decision", () => review.ResumeReviewAsync(id, Version, Staff, cancellationToken),
            "De aanvraag staat weer bij Te beoordelen.", cancellationToken);

    public async Task<IActionResult> OnPostUploadAsync(int id, CancellationToken cancellationToken)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return NotFound();
        }
        if (Upload is null || Upload.Length == 0)
        {
            ModelState.AddModelError(nameof(Upload), "Kies een bestand (PDF, JPEG of PNG).");
            return await RedisplayAsync(id, cancellationToken);
        }
        if (!Enum.IsDefined(UploadKind))
        {
            ModelState.AddModelError(nameof(UploadKind), "Kies het soort document.");
            return await RedisplayAsync(id, cancellationToken);
        }
        if (await documents.AssignmentProblemAsync(id, UploadKind, UploadPersonId, cancellationToken) is { } assignment)
        {
            ModelState.AddModelError(nameof(UploadPersonId), assignment);
            return await RedisplayAsync(id, cancellationToken);
        }
        await using var content = Upload.OpenReadStream();
        var result = await documents.UploadAsync(id, UploadKind, UploadPersonId, content, Upload.FileName, Staff, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(nameof(Upload), result.Message);
            return await RedisplayAsync(id, cancellationToken);
        }
        TempData["BackofficeMessage"] = $"{UploadKind.DisplayName()} '{DocumentStore.DisplayName(Upload.FileName)}' toegevoegd.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveDocumentAsync(int id, int documentId, CancellationToken cancellationToken)
    {
        if (!await db.Applications.AnyAsync(a => a.Id == id, cancellationToken))
        {
            return NotFound();
        }
        if (await documents.RemoveAsync(id, documentId, Staff, cancellationToken) is { } refusal)
        {
            ModelState.AddModelError("Documents", refusal);
            return await RedisplayAsync(id, cancellationToken);
        }
        TempData["BackofficeMessage"] = "Document verwijderd. Wat ermee was afgevinkt, staat weer open.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnGetDocumentAsync(int id, int documentId, CancellationToken cancellationToken)
    {
        if (await documents.OpenAsync(id, documentId, Staff, cancellationToken) is not var (document, content))
        {
            return NotFound();
        }
        // Always an attachment: a scanned document never renders inside the backoffice's origin.
        return File(content, document.Format.ContentType(), DocumentStore.DisplayName(document.DisplayName));
    }

    private async Task<IActionResult> ActAsync(int id, string field, Func<Task<ReviewResult>> action, string doneMessage, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }
        var result = await action();
        switch (result.Outcome)
        {
            case ReviewOutcome.NotFound:
                return NotFound();
            case ReviewOutcome.Done:
                TempData["BackofficeMessage"] = doneMessage;
                return RedirectToPage(new { id });
            case ReviewOutcome.Conflict:
                // Show the new state, keep what was typed, and ask to decide again on it.
                ModelState.Clear();
                Message = result.Message;
                MessageIsError = true;
                return await RedisplayAsync(id, cancellationToken, refreshVersion: true);
            default:
                ModelState.AddModelError(field, result.Message!);
                return await RedisplayAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult> RedisplayAsync(int id, CancellationToken cancellationToken, bool refreshVersion = false)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (refreshVersion)
        {
            Version = Application.Version;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .Include(a => a.Persons).ThenInclude(p => p.RequestedServices).ThenInclude(r => r.Service).ThenInclude(s => s.ServiceProvider)
            .Include(a => a.StatusChanges)
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return false;
        }
        Application = application;
        var checks = await db.ApplicationChecks.AsNoTracking().Where(c => c.ApplicationId == id).ToListAsync(cancellationToken);
        Checklist = ApplicationChecklist.For(application);
        Checks = checks.ToDictionary(c => c.Item);
        Documents = await documents.ListAsync(id, cancellationToken);
        Missing = ApplicationChecklist.Missing(application, checks, Documents.ToList());
        FourEyesBlocksMe = FourEyes.Applies(application.Level) && checks.Any(c => c.CheckedBy == Staff);
        IdDocumentOwners = Checklist.Where(i => i.Kind is ChecklistItemKind.IdDocument or ChecklistItemKind.FaceToFace)
            .DistinctBy(i => i.PersonId)
            .Select(i => (i.PersonId, ApplicationChecklist.Describe(application.Persons.Single(p => p.Id == i.PersonId))))
            .ToList();
        Registry = await comparison.CompareAsync(application, cancellationToken);
        SignatureProblem = Registry.SignatureProblem(ApplicationChecklist.Signers(application, checks));
        var now = clock.GetUtcNow().UtcDateTime;
        Activation = await activation.ForApplicationAsync(id, now, cancellationToken);
        if (application.IsRush && application.ContractReceivedOn is { } received)
        {
            RushDeadlineAt = calendar.For(received);
            IsOverdue = calendar.IsOverdue(received, application.Status, now);
        }
        return true;
    }
}
