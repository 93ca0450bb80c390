using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Registration.Mails;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration;

/// <summary>Every state change e-mails the legal representatives (in the caller's transaction, via the outbox).</summary>
public sealed class ApplicationNotifier(MailOutbox outbox, StatusLinks statusLinks, ApplicantGuidance guidance, IOptions<IssuerOptions> issuer)
{
    public void StatusChanged(Application application, string? note = null)
    {
        var statusUrl = statusLinks.UrlFor(application);
        foreach (var representative in application.PersonsIn(PersonRole.LegalRepresentative))
        {
            outbox.Enqueue(representative.Email, representative.FullName, new ApplicationStatusChangedMail
            {
                RecipientName = representative.FullName,
                Reference = application.Reference,
                OrganisationName = application.OrganisationName,
                StatusName = application.Status.DisplayName(),
                WhatNowText = guidance.WhatNow(application),
                Note = note ?? "",
                StatusUrl = statusUrl,
                IssuerName = issuer.Value.Name,
            });
        }
    }
}
