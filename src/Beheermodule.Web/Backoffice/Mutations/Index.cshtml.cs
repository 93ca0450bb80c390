using Beheermodule.Core.Mutations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Backoffice.Mutations;

/// <summary>The mutations to handle: open ones oldest first, with a tab per state.</summary>
public sealed class IndexModel(MutationList list) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? StatusParameter { get; set; }

    [BindProperty(SupportsGet = true, Name = "na")]
    public string? After { get; set; }

    public MutationStatus Status { get; private set; } = MutationStatus.Open;

    public MutationPage Mutations { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Enum.TryParse<MutationStatus>(StatusParameter, ignoreCase: true, out var status) && MutationList.Tabs.Contains(status))
        {
            Status = status;
        }
        Mutations = await list.PageAsync(Status, MutationCursor.Parse(After), cancellationToken);
        return Page();
    }
}
