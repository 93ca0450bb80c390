using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Backoffice;

/// <summary>The helpdesk's queue: one tab per state, rush on top, filters, search and a scan box.</summary>
public sealed class IndexModel(ApplicationQueue queue, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusParameter { get; set; }

    [BindProperty(SupportsGet = true, Name = "niveau")]
    public string? LevelParameter { get; set; }

    [BindProperty(SupportsGet = true, Name = "spoed")]
    public bool RushOnly { get; set; }

    [BindProperty(SupportsGet = true, Name = "ouderdan")]
    public int? OlderThanDays { get; set; }

    [BindProperty(SupportsGet = true, Name = "zoek")]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true, Name = "na")]
    public string? After { get; set; }

    public ApplicationStatus Status { get; private set; } = ApplicationStatus.UnderReview;

    public QueuePage Queue { get; private set; } = null!;

    public DateTime Now { get; private set; }

    public string? ScanMessage { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Enum.TryParse<ApplicationStatus>(StatusParameter, ignoreCase: true, out var status) && ApplicationQueue.Tabs.Contains(status))
        {
            Status = status;
        }
        AssuranceLevel? level = AssuranceLevelExtensions.TryParseDisplayName(LevelParameter, out var parsed) ? parsed : null;
        Now = clock.GetUtcNow().UtcDateTime;
        Queue = await queue.PageAsync(new QueueQuery(Status, level, RushOnly, OlderThanDays is > 0 and <= 3650 ? OlderThanDays : null, Search, QueueCursor.Parse(After)), cancellationToken);
        return Page();
    }

    /// <summary>The scan box posts a reference; a hit opens the application at once.</summary>
    public async Task<IActionResult> OnPostScanAsync(string? reference, CancellationToken cancellationToken)
    {
        if (await queue.FindByReferenceAsync(reference, cancellationToken) is { } id)
        {
            return RedirectToPage("/Backoffice/Application", new { id });
        }
        ScanMessage = string.IsNullOrWhiteSpace(reference)
            ? "Typ of scan een referentie, zoals EH-2026-000123."
            : $"Geen aanvraag met referentie '{reference.Trim()}'. Controleer de referentie.";
        Search = null;
        return await OnGetAsync(cancellationToken);
    }

    public IDictionary<string, string?> RouteFor(ApplicationStatus status, string? after = null) => new Dictionary<string, string?>
    {
        ["status"] = status.ToString(),
        ["niveau"] = LevelParameter,
        ["spoed"] = RushOnly ? "true" : null,
        ["ouderdan"] = OlderThanDays?.ToString(),
        ["na"] = after,
    };
}
