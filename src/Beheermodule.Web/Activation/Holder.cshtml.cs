using Beheermodule.Core.Activation;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Activation;

/// <summary>Step 1: what is being activated and for whom. A person who is not the holder stops here.</summary>
public sealed class HolderModel(ActivationProgressCookie cookie, ActivationSequence sequence, BeheermoduleDbContext db, AuditLog audit)
    : ActivationPageModel(cookie, sequence)
{
    public override ActivationStep Step => ActivationStep.ConfirmHolder;

    public string OrganisationName { get; private set; } = "";
    public string KvkNumber { get; private set; } = "";
    public string? BranchNumber { get; private set; }
    public string Level { get; private set; } = "";
    public string HolderName { get; private set; } = "";
    public bool NeedsOtp { get; private set; }

    /// <summary>The level the means has now, when this code upgrades it (rule 13); <see cref="Level"/> is the new one.</summary>
    public string? UpgradedFrom { get; private set; }

    public async Task OnGetAsync()
    {
        var means = await db.Means.AsNoTracking().Where(m => m.Id == Progress.MeansId)
            .Select(m => new { m.Organisation.Name, m.Organisation.KvkNumber, m.BranchNumber, m.Level, m.PendingLevel, m.HolderInitials, m.HolderSurname })
            .SingleAsync();
        var level = means.PendingLevel ?? means.Level;
        OrganisationName = means.Name;
        KvkNumber = means.KvkNumber;
        BranchNumber = means.BranchNumber;
        Level = level.DisplayName();
        UpgradedFrom = means.PendingLevel is null ? null : means.Level.DisplayName();
        NeedsOtp = level.NeedsOtp();
        HolderName = $"{means.HolderInitials} {means.HolderSurname}";
    }

    public async Task<IActionResult> OnPostConfirmAsync() => await NextStepAsync(Progress with { HolderConfirmed = true });

    public async Task<IActionResult> OnPostStopAsync()
    {
        audit.Record(AuditActor.Anonymous(Infrastructure.WebSecurityExtensions.ClientAddress(HttpContext)), "activation.stopped",
            details: $"Niet de houder van middel {Progress.MeansId}.");
        await db.SaveChangesAsync();
        ProgressCookie.Clear(HttpContext);
        return RedirectToPage("/Activation/Stopped");
    }
}
