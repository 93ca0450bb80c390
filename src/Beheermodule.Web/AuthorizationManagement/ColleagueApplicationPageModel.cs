using System.ComponentModel.DataAnnotations;
using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Web.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.AuthorizationManagement;

/// <summary>
/// What "Nieuwe collega" and the CSV import share: the level to apply for, and handing the prefilled application to
/// this browser's wizard, so the beheerder continues in the normal flow.
/// </summary>
public abstract class ColleagueApplicationPageModel(ManagedOrganisations managed, ColleagueApplication application, IOptions<RegistrationOptions> registration)
    : BeheerPageModel(managed)
{
    [BindProperty]
    [Required(ErrorMessage = "Kies een betrouwbaarheidsniveau.")]
    [Display(Name = "Betrouwbaarheidsniveau")]
    public AssuranceLevel? Level { get; set; }

    public IEnumerable<AssuranceLevel> Levels =>
        AssuranceLevelExtensions.All.Where(l => l != AssuranceLevel.EH1 || registration.Value.Eh1Enabled);

    protected async Task SuggestLevelAsync(CancellationToken cancellationToken) =>
        Level ??= await application.UsualLevelAsync(Organisation.Id, cancellationToken);

    /// <summary>The level posted, when it is one this issuer offers.</summary>
    protected bool LevelIsOffered()
    {
        if (Level is { } level && !Levels.Contains(level))
        {
            ModelState.AddModelError(nameof(Level), $"{level.DisplayName()} bieden wij niet meer aan. Kies EH2 of hoger.");
        }
        return ModelState[nameof(Level)]?.Errors.Count is null or 0;
    }

    /// <summary>Starts the application and opens it in the wizard; a registry that does not answer leaves the page as it was.</summary>
    protected async Task<IActionResult?> StartApplicationAsync(IReadOnlyList<UserInput> colleagues, CancellationToken cancellationToken)
    {
        var outcome = await application.StartAsync(Organisation, Beheerder, Level!.Value, colleagues, cancellationToken);
        if (outcome.DraftToken is null)
        {
            ModelState.AddModelError("", outcome.Error!);
            return null;
        }
        DraftCookie.Write(Response, outcome.DraftToken, registration.Value.DraftLifetime);
        return Redirect(WizardNavigation.PathOf(outcome.UsersComplete ? WizardStep.Summary : WizardStep.Users));
    }
}
