using Beheermodule.Core.Audit;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Registration;

/// <summary>
/// EH1 confirmation (rule 2). The link opens a page with a button: mail scanners that follow every link must not
/// confirm an application on the applicant's behalf.
/// </summary>
public sealed class ConfirmModel(ApplicationConfirmation confirmation, StatusLinks statusLinks) : PageModel
{
    public ConfirmationOutcome? Outcome { get; private set; }

    public string? StatusPath { get; private set; }

    public string? Reference { get; private set; }

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(string token, CancellationToken cancellationToken)
    {
        var (outcome, application) = await confirmation.ConfirmAsync(token, AuditActor.Anonymous(HttpContext.Connection.RemoteIpAddress?.ToString()), cancellationToken);
        Outcome = outcome;
        if (application is not null)
        {
            Reference = application.Reference;
            StatusPath = StatusLinks.PathFor(statusLinks.TokenOf(application));
        }
        return Page();
    }
}
