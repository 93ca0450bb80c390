using Beheermodule.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Beheermodule.Web.Errors;

[IgnoreAntiforgeryToken]
public sealed class IndexModel : PageModel
{
    public int StatusCodeShown { get; private set; }

    /// <summary>How long a client refused with 429 must wait, when the limit that refused it said so.</summary>
    public TimeSpan? Wait { get; private set; }

    public void OnGet(int? code) => Show(code);

    public void OnPost(int? code) => Show(code);

    private void Show(int? code)
    {
        StatusCodeShown = code ?? 500;
        Wait = TooManyRequests.WaitOf(HttpContext);
    }
}
