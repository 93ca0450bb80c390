using System.Globalization;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.AuthorizationManagement;

/// <summary>
/// "Nieuwe collega": an application for more means for an organisation the beheerder manages. It is the normal
/// application (rule 1 and 2: a contract to sign from EH2 up), with the organisation from the KvK registry and the
/// legal representatives and beheerders the issuer already holds filled in, so only the colleagues are left to type.
/// </summary>
public sealed class ColleagueApplication(
    BeheermoduleDbContext db,
    OrganisationLookup lookup,
    ApplicationDraftStore drafts,
    AuditLog audit,
    TimeProvider clock,
    IOptions<RegistrationOptions> options)
{
    /// <summary>A draft ready in the wizard, or why there is none (the registry did not answer, for instance).</summary>
    public sealed record Outcome(string? DraftToken, string? Error, bool UsersComplete);

    /// <param name="colleagues">Already checked colleagues (the CSV import), or none to type them in the wizard.</param>
    public async Task<Outcome> StartAsync(ManagedOrganisation organisation, string beheerder, AssuranceLevel level,
        IReadOnlyList<UserInput> colleagues, CancellationToken cancellationToken = default)
    {
        var previous = await LatestApplicationAsync(organisation.Id, cancellationToken);
        var step = await lookup.LookupAsync(new OrganisationStep
        {
            KvkNumber = organisation.KvkNumber,
            RegisterOnBranch = previous?.BranchNumber is not null,
            BranchNumber = previous?.BranchNumber,
        }, cancellationToken);
        if (!step.Succeeded)
        {
            return new(null, step.Errors[0].Message, false);
        }

        var representatives = previous?.PersonsIn(PersonRole.LegalRepresentative).Select(p => p.FillIn(new PersonInput())).ToList() ?? [];
        var beheerders = await CurrentBeheerdersAsync(organisation.Id, cancellationToken);
        var data = new ApplicationDraftData
        {
            Level = new LevelStep { Level = level.DisplayName(), Rush = nameof(RushOption.None) },
            Organisation = step.Step,
            LegalRepresentatives = new()
            {
                Persons = representatives.Count > 0 ? representatives : [new()],
                JointlyAuthorised = previous?.JointlyAuthorised ?? false,
            },
            AuthorizationManagers = new() { Persons = beheerders.Count > 0 ? beheerders : [new()] },
            Users = new() { Persons = colleagues.Count > 0 ? colleagues.ToList() : [new()] },
            // The summary checks every step again and sends the beheerder back to any that no longer passes.
            CompletedSteps = [WizardStep.Level, WizardStep.Organisation, WizardStep.LegalRepresentatives, WizardStep.AuthorizationManagers],
        };
        if (colleagues.Count > 0)
        {
            data.CompletedSteps.Add(WizardStep.Users);
        }
        var token = drafts.Add(data, options.Value.DraftLifetime);
        audit.Record(AuditActor.Account(beheerder), "beheer.colleague-application-started", AuditOutcome.Success,
            kvkNumber: organisation.KvkNumber,
            details: colleagues.Count > 0
                ? $"Aanvraag voor {colleagues.Count} nieuwe collega('s) klaargezet uit een CSV-bestand."
                : "Aanvraag voor een nieuwe collega gestart.");
        await db.SaveChangesAsync(cancellationToken);
        return new(token, null, colleagues.Count > 0);
    }

    /// <summary>The level of the organisation's newest application: what a new colleague most likely needs too.</summary>
    public async Task<AssuranceLevel> UsualLevelAsync(int organisationId, CancellationToken cancellationToken = default) =>
        (await LatestApplicationAsync(organisationId, cancellationToken))?.Level ?? AssuranceLevel.EH2;

    /// <summary>The application the organisation's newest means came from: its representatives are the latest known.</summary>
    private Task<Application?> LatestApplicationAsync(int organisationId, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().Include(a => a.Persons)
            .Where(a => db.Means.Any(m => m.OrganisationId == organisationId && m.ApplicationId == a.Id))
            .OrderByDescending(a => a.Id)
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>The holders with the beheerder role today, so the new contract names who manages the new means.</summary>
    private async Task<List<PersonInput>> CurrentBeheerdersAsync(int organisationId, CancellationToken cancellationToken)
    {
        var today = DutchDates.Today(clock);
        var holders = await db.Authorizations.AsNoTracking()
            .Where(a => a.OrganisationId == organisationId && a.IsManagerRole && a.Status == AuthorizationStatus.Active
                && a.ValidFrom <= today && today <= a.ValidUntil && a.Means.Status == MeansStatus.Active)
            .OrderBy(a => a.Means.HolderSurname).ThenBy(a => a.MeansId)
            .Select(a => a.Means)
            .ToListAsync(cancellationToken);
        return holders.DistinctBy(m => m.HolderEmail, StringComparer.OrdinalIgnoreCase).Select(m => new PersonInput
        {
            Initials = m.HolderInitials,
            Surname = m.HolderSurname,
            DateOfBirth = m.HolderDateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Email = m.HolderEmail,
            Phone = m.HolderMobile,
        }).ToList();
    }
}
