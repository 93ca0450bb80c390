using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.DemoService.Errors;

[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int StatusCodeShown { get; private set; }

    public void OnGet(int? code) => StatusCodeShown = code ?? 500;

    public void OnPost(int? code) => StatusCodeShown = code ?? 500;
}
