using Beheermodule.Core.Issuer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// Where a holder lands whose means needs the OTP step but who has no active responder: not signed in, and told
/// why and whom to call, instead of a vague refusal.
/// </summary>
public sealed class NoResponderModel(IOptions<IssuerOptions> issuer) : PageModel
{
    public string HelpdeskPhone => issuer.Value.HelpdeskPhone;

    public string HelpdeskHours => issuer.Value.HelpdeskHours;

    public void OnGet()
    {
    }
}
