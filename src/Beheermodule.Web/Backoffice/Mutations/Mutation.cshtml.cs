using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Backoffice.Documents;
using Beheermodule.Core.Data;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Backoffice.Mutations;

/// <summary>Handling one mutation: its means, what carrying it out will do, and the decision.</summary>
public sealed class MutationModel(BeheermoduleDbContext db, MutationDesk desk, BranchConversion branches, DocumentStore store, AuditLog audit, IOptions<FeeOptions> fees) : PageModel
{
    public Mutation Mutation { get; private set; } = null!;

    /// <summary>No means matched: the organisation's live means, for staff to pick from.</summary>
    public IReadOnlyList<Means> Candidates { get; private set; } = [];

    /// <summary>Vestiging to hoofdvestiging: what the KvK register says now.</summary>
    public BranchConversionCheck? BranchCheck { get; private set; }

    public decimal Fee => fees.Value.For(Mutation.Kind);

    /// <summary>Machtiging wijzigen: the service, as "Provider: name".</summary>
    public string? ServiceName { get; private set; }

    public string? Message { get; private set; }
    public bool MessageIsError { get; private set; }

    /// <summary>A refused branch conversion: the way forward is a new application on the KvK number.</summary>
    public bool OfferNewApplication { get; private set; }

    [BindProperty]
    public Guid Version { get; set; }

    [BindProperty]
    public int? MeansId { get; set; }

    [BindProperty]
    [StringLength(1000, ErrorMessage = "De reden mag hoogstens 1000 tekens hebben.")]
    public string? RejectionReason { get; set; }

    [BindProperty]
    [Display(Name = "Voorletters van wie tekende")]
    public string? SignerInitials { get; set; }

    [BindProperty]
    [Display(Name = "Achternaam van wie tekende")]
    public string? SignerSurname { get; set; }

    [BindProperty]
    [Display(Name = "Geboortedatum")]
    public DateOnly? SignerDateOfBirth { get; set; }

    [BindProperty]
    [Display(Name = "Scan van het ondertekende formulier")]
    public IFormFile? SignedFormScan { get; set; }

    private string Staff => User.Identity!.Name!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Version = Mutation.Version;
        if (TempData["BackofficeMessage"] is string message)
        {
            Message = message;
        }
        return Page();
    }

    public Task<IActionResult> OnPostCarryOutAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, "Decision", () => desk.CarryOutAsync(id, Version, Staff, cancellationToken), "Uitgevoerd.", cancellationToken);

    public Task<IActionResult> OnPostRejectAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, nameof(RejectionReason), () => desk.RejectAsync(id, Version, RejectionReason, Staff, cancellationToken),
            "De mutatie is afgewezen.", cancellationToken);

    public async Task<IActionResult> OnPostSignedFormAsync(int id, CancellationToken cancellationToken)
    {
        if (PersonRules.InitialsError(SignerInitials) is { } initialsError)
        {
            ModelState.AddModelError(nameof(SignerInitials), initialsError);
        }
        if (PersonRules.SurnameError(SignerSurname) is { } surnameError)
        {
            ModelState.AddModelError(nameof(SignerSurname), surnameError);
        }
        if (SignedFormScan is null || SignedFormScan.Length == 0)
        {
            ModelState.AddModelError(nameof(SignedFormScan), "Kies de scan van het ondertekende formulier (PDF, JPEG of PNG).");
        }
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(id, cancellationToken);
        }
        await using var content = SignedFormScan!.OpenReadStream();
        var form = new SignedFormInput(content, SignedFormScan.FileName, SignerInitials!, SignerSurname!, SignerDateOfBirth);
        return await ActAsync(id, "SignedForm", () => desk.RecordSignedFormAsync(id, Version, form, Staff, cancellationToken),
            "Ondertekend formulier ontvangen. U kunt de mutatie nu uitvoeren.", cancellationToken);
    }

    public async Task<IActionResult> OnGetSignedFormAsync(int id, CancellationToken cancellationToken)
    {
        var mutation = await db.Mutations.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mutation is not { SignedFormStoredName: { } storedName, SignedFormFormat: { } format })
        {
            return NotFound();
        }
        audit.Record(AuditActor.Account(Staff), "mutation.signed-form-downloaded", AuditOutcome.Success, kvkNumber: mutation.KvkNumber, details: mutation.Reference);
        await db.SaveChangesAsync(cancellationToken);
        // Always an attachment: a scanned document never renders inside the backoffice's origin.
        return File(store.OpenRead(storedName), format.ContentType(), mutation.SignedFormName);
    }

    public Task<IActionResult> OnPostPickMeansAsync(int id, CancellationToken cancellationToken)
    {
        if (MeansId is not { } meansId)
        {
            ModelState.AddModelError(nameof(MeansId), "Kies het middel waar deze mutatie over gaat.");
            return RedisplayAsync(id, cancellationToken);
        }
        return ActAsync(id, nameof(MeansId), () => desk.PickMeansAsync(id, Version, meansId, Staff, cancellationToken),
            "Middel gekoppeld. Controleer de gegevens en voer de mutatie uit.", cancellationToken);
    }

    private async Task<IActionResult> ActAsync(int id, string field, Func<Task<MutationResult>> action, string doneMessage, CancellationToken cancellationToken)
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
                TempData["BackofficeMessage"] = field == "Decision" ? result.Message : doneMessage;
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
            Version = Mutation.Version;
        }
        return Page();
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var mutation = await db.Mutations.AsNoTracking()
            .Include(m => m.Means).ThenInclude(m => m!.Organisation)
            .Include(m => m.Organisation)
            .SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (mutation is null)
        {
            return false;
        }
        Mutation = mutation;
        if (mutation.ServiceId is { } serviceId)
        {
            ServiceName = await db.Services.Where(s => s.Id == serviceId).Select(s => s.ServiceProvider.Name + ": " + s.Name).SingleAsync(cancellationToken);
        }
        if (mutation.Status != MutationStatus.Open)
        {
            return true;
        }
        if (mutation.Means is null && mutation.OrganisationId is { } organisationId && mutation.Kind != MutationKind.BankAccount)
        {
            Candidates = await db.Means.AsNoTracking()
                .Where(m => m.OrganisationId == organisationId && m.Status != MeansStatus.Ended)
                .OrderBy(m => m.HolderSurname).ThenBy(m => m.Id)
                .ToListAsync(cancellationToken);
        }
        if (mutation.Kind == MutationKind.BranchToMainBranch && mutation.Means is { BranchNumber: not null } means)
        {
            BranchCheck = await branches.CheckAsync(means.Organisation.KvkNumber, cancellationToken);
            OfferNewApplication = BranchCheck.Verdict == BranchConversionVerdict.Refused;
        }
        return true;
    }
}
