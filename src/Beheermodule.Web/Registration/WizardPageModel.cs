using Beheermodule.Core.Audit;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>
/// What every wizard page shares: the server-side draft behind the browser's cookie, the order of the steps,
/// errors from Core into ModelState beside their fields, and the bot trap.
/// </summary>
public abstract class WizardPageModel(ApplicationDraftStore drafts, IOptions<RegistrationOptions> options) : PageModel
{
    public const string TrapFieldName = "Website";

    public abstract WizardStep Step { get; }

    public ApplicationDraftData Data => Open?.Data ?? new ApplicationDraftData();

    protected ApplicationDraftStore.OpenDraft? Open { get; private set; }

    /// <summary>Which button was pressed: "next", "back", "add", "remove:2", "copy:0", "lookup".</summary>
    [BindProperty(Name = "action")]
    public string? Action { get; set; }

    [BindProperty(Name = TrapFieldName)]
    public string? Trap { get; set; }

    protected bool IsBack => Action == "back";

    protected RegistrationOptions Settings => options.Value;

    protected async Task LoadAsync(CancellationToken cancellationToken) =>
        Open = await drafts.FindAsync(DraftCookie.Read(Request), cancellationToken);

    /// <summary>Loads the draft, or starts one; on GET a visitor is sent to the first step they have not finished.</summary>
    protected async Task<IActionResult?> BeginGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (Open is null && Step != WizardStep.Level)
        {
            return Redirect(WizardNavigation.PathOf(WizardStep.Level));
        }
        var missing = Open is null ? null : WizardNavigation.MissingBefore(Open.Data, Step);
        return missing is null ? null : Redirect(WizardNavigation.PathOf(missing.Value));
    }

    protected async Task<IActionResult?> BeginPostAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!string.IsNullOrEmpty(Trap))
        {
            // Only bots fill in a field people cannot see: answer as if the page just reloaded.
            HttpContext.RequestServices.GetRequiredService<ILogger<WizardPageModel>>()
                .LogWarning("Bot trap filled on {Path} from {Address}.", Request.Path, HttpContext.Connection.RemoteIpAddress);
            return Redirect(WizardNavigation.PathOf(Step));
        }
        if (Open is null && Step != WizardStep.Level)
        {
            TempData["DraftExpired"] = true;
            return Redirect(WizardNavigation.PathOf(WizardStep.Level));
        }
        return null;
    }

    protected async Task EnsureDraftAsync(CancellationToken cancellationToken)
    {
        if (Open is null)
        {
            var (token, open) = await drafts.CreateAsync(cancellationToken);
            Open = open;
            DraftCookie.Write(Response, token, options.Value.DraftLifetime);
        }
    }

    /// <summary>Saves the step as typed and marks it complete or not, then follows the button that was pressed.</summary>
    protected async Task<IActionResult> SaveAndMoveAsync(bool valid, CancellationToken cancellationToken)
    {
        await EnsureDraftAsync(cancellationToken);
        if (valid)
        {
            Open!.Data.CompletedSteps.Add(Step);
        }
        else
        {
            Open!.Data.CompletedSteps.Remove(Step);
        }
        await drafts.SaveAsync(Open, cancellationToken);
        if (IsBack)
        {
            return Redirect(WizardNavigation.PathOf(WizardNavigation.Previous(Step) ?? Step));
        }
        return valid ? Redirect(WizardNavigation.PathOf(WizardNavigation.Next(Step))) : Page();
    }

    protected async Task SaveAsync(CancellationToken cancellationToken)
    {
        await EnsureDraftAsync(cancellationToken);
        await drafts.SaveAsync(Open!, cancellationToken);
    }

    protected void AddErrors(IEnumerable<FieldError> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError($"Input.{error.Field}", error.Message);
        }
    }

    protected AuditActor Actor => AuditActor.Anonymous(HttpContext.Connection.RemoteIpAddress?.ToString());

    /// <summary>The index in "remove:2" or "copy:0", when it is within the list.</summary>
    protected int? ActionIndex(string verb, int count) =>
        Action is not null && Action.StartsWith(verb + ":", StringComparison.Ordinal)
        && int.TryParse(Action.AsSpan(verb.Length + 1), out var index) && index >= 0 && index < count
            ? index
            : null;
}
