using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.ActivationLetters.Printing;
using Beheermodule.Core.Audit;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Backoffice.ActivationLetters;

/// <summary>/backoffice/brieven: letters waiting to be printed, "Batch afdrukken", progress and download.</summary>
public sealed class IndexModel(LetterPrintQueue queue, PrintBatches batches, IOptions<ActivationCodeOptions> codes) : PageModel
{
    private const string MessageKey = "PrintMessage";

    public WaitingLetters Waiting { get; private set; } = new(0, 0, 0);

    public IReadOnlyList<PrintBatch> Batches { get; private set; } = [];

    public string? Message { get; private set; }

    public int ValidityDays => codes.Value.ValidityDays;

    public bool MessageIsError { get; private set; }

    /// <summary>The batch whose reprint was asked without confirming that its codes will stop working.</summary>
    public int? UnconfirmedReprint { get; private set; }

    public static readonly IReadOnlyList<(LetterPriority Priority, string Name, string Explanation)> Priorities =
    [
        (LetterPriority.RushCourier, "Spoed met koerier", "Vandaag klaar voor de koerier; de wettelijk vertegenwoordiger neemt de brieven zelf aan."),
        (LetterPriority.Rush, "Spoed", "Vandaag verwerken en op de post doen."),
        (LetterPriority.Normal, "Normaal", "Met de gewone post."),
    ];

    private AuditActor Actor => AuditActor.Account(User.Identity!.Name!);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (TempData[MessageKey] is string message)
        {
            Message = message;
        }
        await LoadAsync(cancellationToken);
    }

    /// <summary>"Batch afdrukken": every waiting letter, or only those of one priority.</summary>
    public async Task<IActionResult> OnPostQueueAsync(LetterPriority? priority, CancellationToken cancellationToken)
    {
        if (priority is { } only && !Enum.IsDefined(only))
        {
            return BadRequest();
        }
        var result = await batches.QueueAsync(priority, Actor, cancellationToken);
        TempData[MessageKey] = result.Outcome == PrintRequestOutcome.Queued
            ? $"Batch {result.Batch!.Id} met {result.Batch.LetterCount} {Letters(result.Batch.LetterCount)} wordt gemaakt. U kunt de PDF downloaden zodra hij klaar is."
            : "Er zijn geen brieven om af te drukken: een collega heeft ze net in een batch gezet.";
        return RedirectToPage();
    }

    /// <summary>A lost or spoiled PDF printed again; its codes stop working, so staff must confirm that first.</summary>
    public async Task<IActionResult> OnPostReprintAsync(int id, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            UnconfirmedReprint = id;
            ModelState.AddModelError($"confirm-{id}", "Vink aan dat de codes in de oude PDF niet meer werken.");
            await LoadAsync(cancellationToken);
            return Page();
        }
        var result = await batches.ReprintAsync(id, Actor, cancellationToken);
        switch (result.Outcome)
        {
            case PrintRequestOutcome.NotFound:
                return NotFound();
            case PrintRequestOutcome.Queued:
                TempData[MessageKey] = $"Batch {id} wordt opnieuw gemaakt als batch {result.Batch!.Id}, met nieuwe codes. De codes uit de oude PDF werken niet meer; vernietig die PDF en de afdrukken ervan.";
                break;
            case PrintRequestOutcome.NothingToPrint:
                TempData[MessageKey] = $"Batch {id} is vervangen, maar geen van de brieven hoeft nog gedrukt te worden: de middelen zijn beëindigd. De oude codes werken niet meer.";
                break;
            default:
                TempData[MessageKey] = $"Batch {id} is intussen al opnieuw afgedrukt of nog niet klaar. Bekijk de actuele stand hieronder.";
                break;
        }
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetDownloadAsync(int id, CancellationToken cancellationToken)
    {
        var file = await batches.OpenAsync(id, Actor, cancellationToken);
        if (file is null)
        {
            return NotFound();
        }
        // The PDF holds readable codes: no cache anywhere may keep a copy.
        Response.Headers.CacheControl = "no-store";
        return File(file.Content, "application/pdf", file.DownloadName);
    }

    /// <summary>For the progress bar's script: the batch's state and letters done.</summary>
    public async Task<IActionResult> OnGetProgressAsync(int id, CancellationToken cancellationToken)
    {
        var batch = await queue.FindAsync(id, cancellationToken);
        if (batch is null)
        {
            return NotFound();
        }
        Response.Headers.CacheControl = "no-store";
        return new JsonResult(new { status = batch.Status.ToString(), rendered = batch.LettersRendered, count = batch.LetterCount });
    }

    public static string Letters(int count) => count == 1 ? "brief" : "brieven";

    public static string StatusName(PrintBatchStatus status) => status switch
    {
        PrintBatchStatus.Queued => "In de wachtrij",
        PrintBatchStatus.Rendering => "Wordt gemaakt",
        PrintBatchStatus.Ready => "Klaar",
        PrintBatchStatus.Failed => "Mislukt",
        PrintBatchStatus.Replaced => "Vervangen",
        _ => status.ToString(),
    };

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Waiting = await queue.WaitingAsync(cancellationToken);
        Batches = await queue.RecentAsync(cancellationToken);
    }
}
