using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Core.Registration.Kvk;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>Step 2: the organisation, looked up in the KvK registry by its number; optionally one vestiging.</summary>
public sealed class OrganisationModel(ApplicationDraftStore drafts, OrganisationLookup lookup, IOptions<RegistrationOptions> options)
    : WizardPageModel(drafts, options)
{
    public const int BranchesShown = 12;

    public override WizardStep Step => WizardStep.Organisation;

    [BindProperty]
    public OrganisationStep Input { get; set; } = new();

    public KvkCompany? Company { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await BeginGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        Input = Data.Organisation ?? new OrganisationStep();
        if (Input.Name is not null)
        {
            Company = (await lookup.LookupAsync(Input, cancellationToken)).Company;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await BeginPostAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        // Also on "back": name and address always come from the register, never from the posted form.
        var result = await lookup.LookupAsync(Input, cancellationToken);
        Company = result.Company;
        Input = result.Step;
        Open!.Data.Organisation = result.Step;
        if (!IsBack)
        {
            AddErrors(result.Errors);
        }
        if (Action == "lookup" && result.Errors.All(e => e.Field == nameof(OrganisationStep.BranchNumber)))
        {
            // Looking up only shows what the register says; the visitor confirms with "Volgende stap".
            ModelState.Clear();
            await SaveAsync(cancellationToken);
            return Page();
        }
        return await SaveAndMoveAsync(result.Succeeded, cancellationToken);
    }
}
