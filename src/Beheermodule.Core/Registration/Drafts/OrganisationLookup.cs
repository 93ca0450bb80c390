using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.Core.Registration.Drafts;

/// <summary>
/// The organisation step: the KvK number and optional vestiging are checked against the KvK registry, and the
/// name and address are taken from it, never typed.
/// </summary>
public sealed class OrganisationLookup(IKvkRegistry registry)
{
    public sealed record Result(OrganisationStep Step, IReadOnlyList<FieldError> Errors, KvkCompany? Company)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    public async Task<Result> LookupAsync(OrganisationStep input, CancellationToken cancellationToken = default)
    {
        var step = new OrganisationStep
        {
            KvkNumber = input.KvkNumber,
            RegisterOnBranch = input.RegisterOnBranch,
            BranchNumber = input.RegisterOnBranch ? input.BranchNumber : null,
        };
        if (!KvkNumber.TryParse(input.KvkNumber, out var kvkNumber, out var kvkError))
        {
            return new(step, [new(nameof(OrganisationStep.KvkNumber), kvkError!)], null);
        }
        step.KvkNumber = kvkNumber.ToString();

        var lookup = await registry.LookupAsync(kvkNumber, cancellationToken);
        switch (lookup.Outcome)
        {
            case KvkLookupOutcome.NotFound:
                return new(step, [new(nameof(OrganisationStep.KvkNumber), "Dit KvK-nummer komt niet voor in het Handelsregister. Controleer het nummer.")], null);
            case KvkLookupOutcome.Inactive:
                return new(step, [new(nameof(OrganisationStep.KvkNumber), "Deze onderneming staat niet (meer) actief ingeschreven bij de KvK. Voor een opgeheven onderneming kunt u geen eHerkenning aanvragen.")], null);
            case KvkLookupOutcome.Unavailable:
                return new(step, [new(nameof(OrganisationStep.KvkNumber), "Het Handelsregister van de KvK geeft nu geen antwoord. Uw gegevens blijven bewaard; probeer het over enkele minuten opnieuw.")], null);
        }

        var company = lookup.Company!;
        step.Name = company.Name;
        step.LegalForm = company.LegalForm;
        var address = company.Address;
        if (step.RegisterOnBranch)
        {
            if (!BranchNumber.TryParse(input.BranchNumber, out var branchNumber, out var branchError))
            {
                return new(step, [new(nameof(OrganisationStep.BranchNumber), branchError!)], company);
            }
            step.BranchNumber = branchNumber.ToString();
            var branch = company.FindBranch(branchNumber);
            if (branch is null)
            {
                return new(step, [new(nameof(OrganisationStep.BranchNumber), $"Vestigingsnummer {branchNumber} hoort niet bij KvK-nummer {kvkNumber}. Kies een vestiging van {company.Name}.")], company);
            }
            step.BranchName = branch.Name;
            address = branch.Address;
        }
        step.Street = address.Street;
        step.HouseNumber = address.HouseNumber;
        step.PostalCode = address.PostalCode;
        step.City = address.City;
        return new(step, [], company);
    }
}
