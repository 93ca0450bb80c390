using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Core.Upgrades;
using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>Step 6: everything on one page, the fees, consent to the terms, and submit.</summary>
[EnableRateLimiting(WebSecurityExtensions.SubmissionPolicy)]
public sealed class SummaryModel(
    ApplicationDraftStore drafts,
    DraftReview review,
    ServiceCatalogue catalogue,
    FeeCalculator fees,
    ApplicationSubmission submission,
    UpgradeMatching upgrades,
    BeheerderMeansMatching beheerderMeans,
    IOptions<RegistrationOptions> options)
    : WizardPageModel(drafts, options)
{
    public override WizardStep Step => WizardStep.Summary;

    [BindProperty]
    public bool AcceptTerms { get; set; }

    public IReadOnlyList<DraftReview.StepError> Problems { get; private set; } = [];

    public IReadOnlyDictionary<int, Service> ServicesById { get; private set; } = new Dictionary<int, Service>();

    public FeeQuote? Quote { get; private set; }

    /// <summary>For an upgrade: per user, whether it upgrades an existing means or becomes a new one (rule 13).</summary>
    public IReadOnlyList<UpgradeMatch> Upgrades { get; private set; } = [];

    public AssuranceLevel? Level => DraftReview.LevelOf(Data);

    public RushOption Rush => DraftValidator.GetRush(Data.Level);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await BeginGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        await PrepareAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await BeginPostAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        if (IsBack)
        {
            return Redirect(WizardNavigation.PathOf(WizardStep.Users));
        }
        if (!AcceptTerms)
        {
            ModelState.AddModelError(nameof(AcceptTerms), "Ga akkoord met de voorwaarden om de aanvraag in te dienen.");
            await PrepareAsync(cancellationToken);
            return Page();
        }
        ApplicationSubmission.Result result;
        try
        {
            result = await submission.SubmitAsync(Open!, Actor, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Submitted twice at once (a double click): the other request saved it and removed the draft.
            DraftCookie.Delete(Response);
            return RedirectToPage("/Registration/AlreadySubmitted");
        }
        if (!result.Succeeded)
        {
            await PrepareAsync(cancellationToken);
            Problems = result.Errors;
            return Page();
        }
        DraftCookie.Delete(Response);
        return Redirect($"{StatusLinks.PathFor(result.StatusToken!)}?ingediend=1");
    }

    /// <summary>Per beheerder, in their order: a means of their own, the user's means, or the means they already hold.</summary>
    public IReadOnlyList<BeheerderMeans> Beheerders { get; private set; } = [];

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Problems = await review.ReviewAsync(Data, cancellationToken);
        ServicesById = (await catalogue.AllAsync(cancellationToken)).ToDictionary(s => s.Id);
        Upgrades = await upgrades.MatchAsync(Data, cancellationToken);
        Beheerders = await beheerderMeans.MatchAsync(Data, cancellationToken);
        if (Level is { } level)
        {
            Quote = fees.Quote(level, Data.Users?.Persons.Count ?? 0, Rush);
        }
    }
}
