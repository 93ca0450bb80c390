using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Issuer;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration;

/// <summary>What the applicant must do now, in one sentence: on the status page and in every status e-mail.</summary>
public sealed class ApplicantGuidance(IOptions<IssuerOptions> issuer, IOptions<ActivationCodeOptions> codes)
{
    public string WhatNow(Application application) => application.Status switch
    {
        ApplicationStatus.AwaitingConfirmation =>
            $"Bevestig uw aanvraag met de link in de e-mail die wij u stuurden. De link is geldig tot {DutchDates.Format(application.ConfirmationExpiresAt ?? application.SubmittedAt)}.",
        ApplicationStatus.AwaitingContract =>
            $"Wij wachten op uw ondertekende contract. Download het contract, laat het ondertekenen door {(application.JointlyAuthorised ? "de wettelijk vertegenwoordigers (een meerderheid van hen)" : "de wettelijk vertegenwoordiger")} en stuur het met de gevraagde documenten naar {issuer.Value.Name}, {issuer.Value.PostalAddressLine}.",
        ApplicationStatus.UnderReview => application.Rush == RushOption.None
            ? "Wij hebben uw contract ontvangen en controleren uw aanvraag. Meestal bent u binnen een week klaar."
            : "Wij hebben uw contract ontvangen en behandelen uw spoedaanvraag vandaag, als alles compleet is.",
        ApplicationStatus.Incomplete =>
            "Uw aanvraag is nog niet compleet. Stuur de ontbrekende stukken op; daarna gaan wij verder.",
        ApplicationStatus.Approved => application.Level.NeedsContract()
            ? "Uw aanvraag is goedgekeurd. De wettelijk vertegenwoordiger ontvangt per post een activeringsbrief voor iedere gebruiker."
            : "Uw aanvraag is goedgekeurd. Iedere gebruiker ontvangt de aanmeldcode per e-mail.",
        ApplicationStatus.Completed =>
            $"Alles is verstuurd. Iedere gebruiker activeert zijn middel met de aanmeldcode; die is {codes.Value.ValidityDays} dagen geldig.",
        ApplicationStatus.Rejected =>
            "Uw aanvraag is afgewezen. Neem contact met ons op als u vragen heeft over de reden.",
        ApplicationStatus.Expired =>
            "U heeft uw aanvraag niet op tijd bevestigd. Dien een nieuwe aanvraag in als u eHerkenning nog nodig heeft.",
        _ => "",
    };
}
