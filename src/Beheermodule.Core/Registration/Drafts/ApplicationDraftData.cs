namespace Beheermodule.Core.Registration.Drafts;

/// <summary>
/// Everything the wizard has collected, as typed: strings, so a half-typed date survives a refresh. Each step
/// is null until its page has been saved once.
/// </summary>
public sealed class ApplicationDraftData
{
    public LevelStep? Level { get; set; }
    public OrganisationStep? Organisation { get; set; }
    public LegalRepresentativesStep? LegalRepresentatives { get; set; }
    public AuthorizationManagersStep? AuthorizationManagers { get; set; }
    public UsersStep? Users { get; set; }

    /// <summary>
    /// Set by the issuer for a KvK-number mutation (rule 11), never from a form: the old organisation whose means
    /// end when the new application is approved.
    /// </summary>
    public int? ReplacesOrganisationId { get; set; }

    /// <summary>The steps whose input passed validation the last time it was saved.</summary>
    public HashSet<WizardStep> CompletedSteps { get; set; } = [];
}

public enum WizardStep
{
    Level = 1,
    Organisation = 2,
    LegalRepresentatives = 3,
    AuthorizationManagers = 4,
    Users = 5,
    Summary = 6,
}

public sealed class LevelStep
{
    /// <summary>"EH1", "EH2", "EH2+", "EH3" or "EH4".</summary>
    public string? Level { get; set; }

    public bool IsUpgrade { get; set; }

    /// <summary>"None", "SameDay" or "Courier".</summary>
    public string? Rush { get; set; }
}

public sealed class OrganisationStep
{
    public string? KvkNumber { get; set; }

    /// <summary>True: the means is bound to one vestiging (12 digits) rather than the KvK number alone.</summary>
    public bool RegisterOnBranch { get; set; }

    public string? BranchNumber { get; set; }

    // Filled from the KvK registry, never typed: what the contract shows is what the register says.
    public string? Name { get; set; }
    public string? LegalForm { get; set; }
    public string? Street { get; set; }
    public string? HouseNumber { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? BranchName { get; set; }
}

public class PersonInput
{
    public string? Initials { get; set; }
    public string? Surname { get; set; }

    /// <summary>As the date input sends it: yyyy-MM-dd.</summary>
    public string? DateOfBirth { get; set; }

    public string? Email { get; set; }
    public string? Phone { get; set; }
}

public sealed class UserInput : PersonInput
{
    public List<int> ServiceIds { get; set; } = [];
}

public sealed class LegalRepresentativesStep
{
    public List<PersonInput> Persons { get; set; } = [new()];

    /// <summary>Jointly authorised: the contract needs a majority of the representatives' signatures.</summary>
    public bool JointlyAuthorised { get; set; }
}

public sealed class AuthorizationManagersStep
{
    public List<PersonInput> Persons { get; set; } = [new()];
}

public sealed class UsersStep
{
    public List<UserInput> Persons { get; set; } = [new()];
}
