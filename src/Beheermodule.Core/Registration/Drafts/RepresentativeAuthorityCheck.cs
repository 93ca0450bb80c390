using Beheermodule.Core.Accounts;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.Core.Registration.Drafts;

/// <summary>
/// The legal representatives of a draft against the functionaries the Handelsregister gives (<see cref="SigningAuthorityRule"/>):
/// each must be found there, and together they must be able to bind the company; when they can only together, the
/// application says so. A register that gives no functionaries (or does not answer) leaves the check to staff.
/// </summary>
public sealed class RepresentativeAuthorityCheck(IKvkRegistry registry)
{
    public async Task<IReadOnlyList<FieldError>> CheckAsync(string? kvkNumber, LegalRepresentativesStep step, CancellationToken cancellationToken = default)
    {
        if (!KvkNumber.TryParse(kvkNumber, out var number, out _))
        {
            return [];
        }
        var lookup = await registry.LookupAsync(number, cancellationToken);
        if (lookup.Company is not { Functionaries.Count: > 0 } company)
        {
            return [];
        }
        var errors = new List<FieldError>();
        var signers = new List<SignerInRegister>();
        for (var i = 0; i < step.Persons.Count; i++)
        {
            var person = step.Persons[i];
            if (PersonRules.InitialsError(person.Initials) is not null || PersonRules.SurnameError(person.Surname) is not null)
            {
                continue;
            }
            var identity = new PersonIdentity(PersonRules.NormaliseInitials(person.Initials!), person.Surname!.Trim(),
                PersonRules.TryParseDate(person.DateOfBirth, out var born) ? born : null);
            var signer = SigningAuthorityRule.Find(identity, company.Functionaries);
            signers.Add(signer);
            if (!signer.Found)
            {
                errors.Add(new($"Persons[{i}].Surname",
                    $"{signer.Name} staat niet als bestuurder of eigenaar van {company.Name} in het Handelsregister. Alleen wie daar staat, kan het contract ondertekenen."));
            }
        }
        if (errors.Count > 0 || signers.Count == 0)
        {
            return errors;
        }
        if (SigningAuthorityRule.Problem(signers, company.Name) is { } problem)
        {
            errors.Add(new(nameof(LegalRepresentativesStep.Persons), problem + " Vul ook de andere bestuurder(s) in."));
        }
        else if (!signers.Any(s => s.Functionary!.Authority == SigningAuthority.Alone) && !step.JointlyAuthorised)
        {
            errors.Add(new(nameof(LegalRepresentativesStep.JointlyAuthorised),
                "Volgens het Handelsregister zijn deze vertegenwoordigers alleen samen bevoegd. Kies 'gezamenlijk bevoegd'."));
        }
        return errors;
    }
}
