using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Home;

public sealed class IndexModel(ServiceCatalogue catalogue, IOptions<FeeOptions> fees, IOptions<RegistrationOptions> registration) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<Service> Results { get; private set; } = [];

    public FeeOptions Fees => fees.Value;

    public bool Eh1Enabled => registration.Value.Eh1Enabled;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Query is { Length: > 100 })
        {
            Query = Query[..100];
        }
        Results = await catalogue.SearchAsync(Query, cancellationToken);
    }
}
