using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>Step 1: the level, whether it upgrades existing means, and rush (rule 14).</summary>
public sealed class IndexModel(ApplicationDraftStore drafts, DraftValidator validator, IOptions<RegistrationOptions> options, IOptions<FeeOptions> fees)
    : WizardPageModel(drafts, options)
{
    public override WizardStep Step => WizardStep.Level;

    [BindProperty]
    public LevelStep Input { get; set; } = new();

    public FeeOptions Fees => fees.Value;

    public IEnumerable<AssuranceLevel> Levels =>
        AssuranceLevelExtensions.All.Where(l => l != AssuranceLevel.EH1 || Settings.Eh1Enabled);

    public bool DraftExpired => TempData.Peek("DraftExpired") is true;

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "niveau")] string? level, CancellationToken cancellationToken)
    {
        if (await BeginGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        Input = Data.Level ?? new LevelStep { Rush = nameof(RushOption.None) };
        if (Data.Level is null && AssuranceLevelExtensions.TryParseDisplayName(level, out var suggested) && Levels.Contains(suggested))
        {
            Input.Level = suggested.DisplayName();
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await BeginPostAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        Input.Rush ??= nameof(RushOption.None);
        var errors = validator.ValidateLevel(Input);
        AddErrors(errors);
        await EnsureDraftAsync(cancellationToken);
        Open!.Data.Level = Input;
        return await SaveAndMoveAsync(errors.Count == 0, cancellationToken);
    }
}
