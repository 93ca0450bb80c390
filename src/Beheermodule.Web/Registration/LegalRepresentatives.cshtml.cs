using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>Step 3: the legal representative(s), authorised alone or jointly.</summary>
public sealed class LegalRepresentativesModel(ApplicationDraftStore drafts, DraftValidator validator, RepresentativeAuthorityCheck authority, IOptions<RegistrationOptions> options)
    : PersonListPageModel<PersonInput>(drafts, options)
{
    public override WizardStep Step => WizardStep.LegalRepresentatives;

    [BindProperty]
    public LegalRepresentativesStep Input { get; set; } = new();

    protected override List<PersonInput> Persons => Input.Persons;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await BeginGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        Input = Data.LegalRepresentatives ?? new LegalRepresentativesStep();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await BeginPostAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        if (await HandleListActionAsync(() => Open!.Data.LegalRepresentatives = Input, cancellationToken) is { } listChanged)
        {
            return listChanged;
        }
        var errors = validator.ValidateLegalRepresentatives(Input);
        if (errors.Count == 0 && !IsBack)
        {
            errors = await authority.CheckAsync(Open!.Data.Organisation?.KvkNumber, Input, cancellationToken);
        }
        if (!IsBack)
        {
            AddErrors(errors);
        }
        Open!.Data.LegalRepresentatives = Input;
        return await SaveAndMoveAsync(errors.Count == 0, cancellationToken);
    }
}
