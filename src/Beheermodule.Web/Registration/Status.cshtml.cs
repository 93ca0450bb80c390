using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>The applicant's status page, like MijnOverheid's Lopende Zaken: a timeline and what to do now.</summary>
public sealed class StatusModel(StatusLinks statusLinks, ApplicantGuidance guidance, IOptions<Core.Issuer.IssuerOptions> issuer) : PageModel
{
    public Application Application { get; private set; } = null!;

    public string Token { get; private set; } = "";

    public bool JustSubmitted { get; private set; }

    public string WhatNow => guidance.WhatNow(Application);

    public Core.Issuer.IssuerOptions Issuer => issuer.Value;

    public async Task<IActionResult> OnGetAsync(string token, [FromQuery(Name = "ingediend")] bool submitted, CancellationToken cancellationToken)
    {
        var application = await statusLinks.FindAsync(token, cancellationToken);
        if (application is null)
        {
            return NotFound();
        }
        Application = application;
        Token = token;
        JustSubmitted = submitted;
        return Page();
    }
}
