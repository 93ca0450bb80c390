using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.DemoService.Login;

/// <summary>Beheermodule refused the log-in (access_denied); its reason arrives once, through TempData.</summary>
public sealed class RefusedModel : PageModel
{
    public const string ReasonKey = "Weigering";

    [TempData(Key = ReasonKey)]
    public string? Reason { get; set; }

    public void OnGet()
    {
    }
}
