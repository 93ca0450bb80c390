using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Data;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>The applicant's status page, like MijnOverheid's Lopende Zaken: a timeline and what to do now.</summary>
public sealed class StatusModel(StatusLinks statusLinks, ApplicantGuidance guidance, BeheermoduleDbContext db, IOptions<Core.Issuer.IssuerOptions> issuer) : PageModel
{
    /// <summary>While the application waits for the applicant or is being checked: the evidence not received yet.</summary>
    public IReadOnlyList<string> StillNeeded { get; private set; } = [];

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
        if (application.Status is ApplicationStatus.AwaitingContract or ApplicationStatus.UnderReview or ApplicationStatus.Incomplete)
        {
            var checks = await db.ApplicationChecks.AsNoTracking().Where(c => c.ApplicationId == application.Id).ToListAsync(cancellationToken);
            var documents = await db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == application.Id).ToListAsync(cancellationToken);
            StillNeeded = ApplicationChecklist.StillNeededFromApplicant(application, checks, documents);
        }
        JustSubmitted = submitted;
        return Page();
    }
}
