using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Mutations.Mails;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// Rule 11: a means is bound to its KvK number, so a new number means a new application. Carrying out the mutation
/// prepares that application as a draft filled in from the old one and e-mails the legal representatives a link to
/// check and submit it; approving it ends the old organisation's means (<see cref="EndReplacedMeansAsync"/>).
/// </summary>
public sealed class KvkNumberChange(
    BeheermoduleDbContext db,
    ApplicationDraftStore drafts,
    OrganisationLookup lookup,
    MeansEnding ending,
    MailOutbox outbox,
    AuditLog audit,
    IOptions<MutationOptions> options,
    IOptions<IssuerOptions> issuer) : IMutationHandler
{
    public MutationKind Kind => MutationKind.NewKvkNumber;

    public static string PathFor(string token) => $"/mutaties/aanvraag/{token}";

    public async Task<MutationResult> CarryOutAsync(Mutation mutation, DateTime now, AuditActor actor, CancellationToken cancellationToken)
    {
        var means = mutation.Means!;
        if (means.Status == MeansStatus.Ended)
        {
            return MutationResult.Refused("Dit middel is al beëindigd; vraag gewoon een nieuw middel aan op het nieuwe KvK-nummer.");
        }
        // Name and address come from the register, as in the wizard; a number the register refuses stops here.
        var organisation = await lookup.LookupAsync(new OrganisationStep { KvkNumber = mutation.NewKvkNumber }, cancellationToken);
        if (!organisation.Succeeded)
        {
            return MutationResult.Refused($"Nieuw KvK-nummer {mutation.NewKvkNumber}: {organisation.Errors[0].Message}");
        }
        var old = await db.Applications.AsNoTracking()
            .Include(a => a.Persons).ThenInclude(p => p.RequestedServices)
            .SingleAsync(a => a.Id == means.ApplicationId, cancellationToken);

        var lifetime = options.Value.KvkChangeLinkLifetime;
        var token = drafts.Add(Prefill(old, organisation.Step, means.OrganisationId), lifetime);
        var resumeUrl = issuer.Value.Link(PathFor(token));
        foreach (var representative in old.PersonsIn(PersonRole.LegalRepresentative))
        {
            outbox.Enqueue(representative.Email, representative.FullName, new CompleteKvkChangeApplicationMail
            {
                RecipientName = representative.FullName,
                Reference = mutation.Reference,
                OrganisationName = means.Organisation.Name,
                OldKvkNumber = means.Organisation.KvkNumber,
                NewKvkNumber = mutation.NewKvkNumber!,
                ResumeUrl = resumeUrl,
                ExpiresAtText = DutchDates.FormatWithTime(now + lifetime),
                IssuerName = issuer.Value.Name,
            });
        }
        audit.Record(actor, "mutation.kvk-change-prepared", AuditOutcome.Success, old.Id, old.Reference, means.Organisation.KvkNumber,
            $"{mutation.Reference}: nieuwe aanvraag klaargezet voor KvK-nummer {mutation.NewKvkNumber}.");
        return MutationResult.Done(
            $"Een nieuwe aanvraag voor KvK-nummer {mutation.NewKvkNumber} staat klaar, ingevuld met de gegevens van aanvraag {old.Reference}. " +
            "De wettelijk vertegenwoordiger krijgt een e-mail met de link om die te controleren en in te dienen. " +
            $"De middelen op KvK-nummer {means.Organisation.KvkNumber} eindigen zodra de nieuwe aanvraag is goedgekeurd.");
    }

    /// <summary>
    /// At approval of the new application, in its transaction: the replaced organisation's means end. An application
    /// that kept the old KvK number replaces nothing: its own means are on that organisation.
    /// </summary>
    public async Task EndReplacedMeansAsync(Application application, CancellationToken cancellationToken = default)
    {
        if (application.ReplacesOrganisationId is not { } organisationId)
        {
            return;
        }
        var replaced = await db.Means.Include(m => m.Organisation)
            .Where(m => m.OrganisationId == organisationId && m.Status != MeansStatus.Ended && m.Organisation.KvkNumber != application.KvkNumber)
            .ToListAsync(cancellationToken);
        foreach (var means in replaced)
        {
            await ending.EndNowAsync(means, AuditActor.System("nieuw-kvk-nummer"),
                $"Vervangen door aanvraag {application.Reference} voor KvK-nummer {application.KvkNumber} (regel 11).", cancellationToken);
        }
    }

    private static ApplicationDraftData Prefill(Application old, OrganisationStep organisation, int replacesOrganisationId) => new()
    {
        Level = new LevelStep { Level = old.Level.DisplayName(), Rush = nameof(RushOption.None) },
        Organisation = organisation,
        LegalRepresentatives = new()
        {
            Persons = old.PersonsIn(PersonRole.LegalRepresentative).Select(p => p.FillIn(new PersonInput())).ToList(),
            JointlyAuthorised = old.JointlyAuthorised,
        },
        AuthorizationManagers = new() { Persons = old.PersonsIn(PersonRole.AuthorizationManager).Select(p => p.FillIn(new PersonInput())).ToList() },
        Users = new()
        {
            Persons = old.PersonsIn(PersonRole.MeansHolder)
                .Select(p => p.FillIn(new UserInput { ServiceIds = p.RequestedServices.Select(r => r.ServiceId).ToList() }))
                .ToList(),
        },
        ReplacesOrganisationId = replacesOrganisationId,
        // The summary checks every step again and sends the applicant back to any that no longer passes.
        CompletedSteps = [WizardStep.Level, WizardStep.Organisation, WizardStep.LegalRepresentatives, WizardStep.AuthorizationManagers, WizardStep.Users],
    };
}
