using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Mutations;

/// <summary>The same confirmation for every valid form, matched to a means or not.</summary>
public sealed class ReceivedModel : PageModel
{
    public string? Reference { get; private set; }

    public void OnGet() => Reference = TempData[IndexModel.ReferenceKey] as string;
}
