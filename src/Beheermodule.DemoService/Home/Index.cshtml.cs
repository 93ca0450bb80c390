using Beheermodule.DemoService.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.DemoService.Home;

public sealed class IndexModel(IOptions<DemoServiceOptions> options) : PageModel
{
    public string ServiceName => options.Value.ServiceName;

    public IReadOnlyList<ReceivedClaim> Claims { get; private set; } = [];

    public void OnGet()
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            Claims = ReceivedClaims.From(User);
        }
    }
}
