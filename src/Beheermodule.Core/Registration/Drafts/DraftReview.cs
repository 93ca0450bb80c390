using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Registration.Drafts;

/// <summary>Checks the whole draft before the summary and at submission: every step, against the rules of today.</summary>
public sealed class DraftReview(DraftValidator validator, DraftEmailCheck emails, RepresentativeAuthorityCheck authority, ServiceCatalogue catalogue)
{
    public sealed record StepError(WizardStep Step, FieldError Error);

    public async Task<IReadOnlyList<StepError>> ReviewAsync(ApplicationDraftData data, CancellationToken cancellationToken = default)
    {
        var errors = new List<StepError>();
        void AddAll(WizardStep step, IEnumerable<FieldError> found) => errors.AddRange(found.Select(e => new StepError(step, e)));

        if (data.Level is null)
        {
            errors.Add(new(WizardStep.Level, new(nameof(LevelStep.Level), "Kies een betrouwbaarheidsniveau.")));
        }
        else
        {
            AddAll(WizardStep.Level, validator.ValidateLevel(data.Level));
        }

        if (data.Organisation?.Name is null || !data.CompletedSteps.Contains(WizardStep.Organisation))
        {
            errors.Add(new(WizardStep.Organisation, new(nameof(OrganisationStep.KvkNumber), "Vul het KvK-nummer van de organisatie in.")));
        }

        var representatives = data.LegalRepresentatives ?? new() { Persons = [] };
        var representativeErrors = validator.ValidateLegalRepresentatives(representatives);
        AddAll(WizardStep.LegalRepresentatives, representativeErrors.Count > 0 ? representativeErrors
            : await authority.CheckAsync(data.Organisation?.KvkNumber, representatives, cancellationToken));
        AddAll(WizardStep.AuthorizationManagers, validator.ValidateAuthorizationManagers(data.AuthorizationManagers ?? new() { Persons = [] }));
        var managers = data.AuthorizationManagers?.Persons ?? [];
        var users = (data.Users?.Persons ?? []).Cast<PersonInput>().ToList();
        AddAll(WizardStep.AuthorizationManagers, await emails.CheckAsync(managers, users, cancellationToken));
        AddAll(WizardStep.Users, await emails.CheckAsync(users, managers, cancellationToken));

        if (DraftValidator.TryGetLevel(data.Level, out var level))
        {
            var services = await catalogue.AllAsync(cancellationToken);
            AddAll(WizardStep.Users, validator.ValidateUsers(data.Users ?? new() { Persons = [] }, level,
                data.Organisation?.RegisterOnBranch == true, services.ToList()));
        }
        return errors;
    }

    public static AssuranceLevel? LevelOf(ApplicationDraftData data) =>
        DraftValidator.TryGetLevel(data.Level, out var level) ? level : null;
}
