using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Levels;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration.Drafts;

/// <summary>The server-side rules of each wizard step that needs no outside look-up (rule 1, 14, and the level rule).</summary>
public sealed class DraftValidator(IOptions<RegistrationOptions> options, TimeProvider clock)
{
    public IReadOnlyList<FieldError> ValidateLevel(LevelStep step)
    {
        var errors = new List<FieldError>();
        if (!TryGetLevel(step, out var level))
        {
            errors.Add(new(nameof(LevelStep.Level), "Kies een betrouwbaarheidsniveau."));
            return errors;
        }
        if (level == AssuranceLevel.EH1 && !options.Value.Eh1Enabled)
        {
            errors.Add(new(nameof(LevelStep.Level), "EH1 bieden wij niet meer aan. Kies EH2 of hoger."));
        }
        if (!TryGetRush(step.Rush ?? nameof(RushOption.None), out var rush))
        {
            errors.Add(new(nameof(LevelStep.Rush), "Kies of u spoed wilt."));
        }
        else if (!RushEligibility.Allows(level, rush))
        {
            errors.Add(new(nameof(LevelStep.Rush), $"Spoed is niet mogelijk voor {level.DisplayName()}. Spoed kan voor EH2 en EH2+, en op verzoek voor EH3."));
        }
        if (level == AssuranceLevel.EH1 && step.IsUpgrade)
        {
            errors.Add(new(nameof(LevelStep.IsUpgrade), "EH1 is het laagste niveau: een opwaardering naar EH1 kan niet."));
        }
        return errors;
    }

    public static bool TryGetLevel(LevelStep? step, out AssuranceLevel level)
    {
        level = default;
        return step is not null && AssuranceLevelExtensions.TryParseDisplayName(step.Level, out level);
    }

    public static RushOption GetRush(LevelStep? step) => TryGetRush(step?.Rush, out var rush) ? rush : RushOption.None;

    /// <summary>Only the option's name: "2" is not a way to say Courier.</summary>
    private static bool TryGetRush(string? value, out RushOption rush)
    {
        rush = RushOption.None;
        return Enum.GetNames<RushOption>().Contains(value) && Enum.TryParse(value, out rush);
    }

    public IReadOnlyList<FieldError> ValidateLegalRepresentatives(LegalRepresentativesStep step)
    {
        var errors = ValidatePersons(step.Persons, PersonRules.MinimumAgeOfRepresentative, mobile: false,
            "Vul minstens één wettelijk vertegenwoordiger in.");
        if (step.JointlyAuthorised && step.Persons.Count < 2)
        {
            errors.Add(new(nameof(LegalRepresentativesStep.JointlyAuthorised),
                "Bij gezamenlijke bevoegdheid vult u minstens twee wettelijk vertegenwoordigers in."));
        }
        return errors;
    }

    public IReadOnlyList<FieldError> ValidateAuthorizationManagers(AuthorizationManagersStep step)
    {
        var errors = ValidatePersons(step.Persons, PersonRules.MinimumAgeOfRepresentative, mobile: false,
            "Vul minstens één machtigingenbeheerder in.");
        var seenEmails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < step.Persons.Count; i++)
        {
            if (step.Persons[i].Email is { } email && !string.IsNullOrWhiteSpace(email) && !seenEmails.Add(email.Trim()))
            {
                errors.Add(new($"Persons[{i}].Email", "Dit e-mailadres staat al bij een andere beheerder. Iedere beheerder heeft een eigen e-mailadres."));
            }
        }
        return errors;
    }

    /// <summary>
    /// Each user: personal data, a unique e-mail address, and only services their means can be used at:
    /// the service's level at most the chosen level, and no vestiging-bound means where the service refuses them.
    /// Choosing no service is allowed: the machtigingenbeheerder can grant machtigingen later.
    /// </summary>
    public IReadOnlyList<FieldError> ValidateUsers(UsersStep step, AssuranceLevel level, bool registeredOnBranch, IReadOnlyCollection<Service> catalogue)
    {
        var errors = ValidatePersons(step.Persons.Cast<PersonInput>().ToList(), PersonRules.MinimumAgeOfUser, mobile: true,
            "Vul minstens één gebruiker in.");
        if (step.Persons.Count > options.Value.MaxUsersPerApplication)
        {
            errors.Add(new(nameof(UsersStep.Persons), $"Eén aanvraag heeft hoogstens {options.Value.MaxUsersPerApplication} gebruikers. Dien voor de anderen een tweede aanvraag in."));
        }
        var byId = catalogue.ToDictionary(s => s.Id);
        var seenEmails = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < step.Persons.Count; i++)
        {
            var user = step.Persons[i];
            var field = $"Persons[{i}]";
            if (!string.IsNullOrWhiteSpace(user.Email) && !seenEmails.Add(user.Email.Trim()))
            {
                errors.Add(new($"{field}.Email", "Dit e-mailadres staat al bij een andere gebruiker. Iedere gebruiker heeft een eigen e-mailadres."));
            }
            foreach (var serviceId in user.ServiceIds.Distinct())
            {
                if (!byId.TryGetValue(serviceId, out var service))
                {
                    errors.Add(new($"{field}.ServiceIds", "Een gekozen dienst bestaat niet meer. Kies opnieuw."));
                }
                else if (!level.Satisfies(service.RequiredLevel))
                {
                    errors.Add(new($"{field}.ServiceIds",
                        $"De dienst '{service.Name}' van {service.ServiceProvider.Name} vraagt minimaal {service.RequiredLevel.DisplayName()}; u vraagt {level.DisplayName()} aan. Kies een hoger niveau of een andere dienst."));
                }
                else if (registeredOnBranch && service.RefusesBranchBoundMeans)
                {
                    errors.Add(new($"{field}.ServiceIds",
                        $"{service.ServiceProvider.Name} ({service.Name}) accepteert geen middel op een vestigingsnummer. Vraag aan op het KvK-nummer zonder vestiging."));
                }
            }
        }
        return errors;
    }

    private List<FieldError> ValidatePersons(IReadOnlyList<PersonInput> persons, int minimumAge, bool mobile, string noneMessage)
    {
        var errors = new List<FieldError>();
        if (persons.Count == 0)
        {
            errors.Add(new("Persons", noneMessage));
        }
        var today = DutchDates.Today(clock);
        for (var i = 0; i < persons.Count; i++)
        {
            var person = persons[i];
            var field = $"Persons[{i}]";
            Add(errors, $"{field}.Initials", PersonRules.InitialsError(person.Initials));
            Add(errors, $"{field}.Surname", PersonRules.SurnameError(person.Surname));
            Add(errors, $"{field}.DateOfBirth", PersonRules.DateOfBirthError(person.DateOfBirth, today, minimumAge));
            Add(errors, $"{field}.Email", PersonRules.EmailError(person.Email));
            Add(errors, $"{field}.Phone", mobile ? PersonRules.MobileError(person.Phone) : PersonRules.PhoneError(person.Phone));
        }
        return errors;
    }

    private static void Add(List<FieldError> errors, string field, string? message)
    {
        if (message is not null)
        {
            errors.Add(new(field, message));
        }
    }
}
