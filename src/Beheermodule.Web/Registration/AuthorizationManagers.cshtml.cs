using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>Step 4: the machtigingenbeheerder(s); one click copies a legal representative.</summary>
public sealed class AuthorizationManagersModel(ApplicationDraftStore drafts, DraftValidator validator, DraftEmailCheck emails, IOptions<RegistrationOptions> options)
    : PersonListPageModel<PersonInput>(drafts, options)
{
    public override WizardStep Step => WizardStep.AuthorizationManagers;

    [BindProperty]
    public AuthorizationManagersStep Input { get; set; } = new();

    protected override List<PersonInput> Persons => Input.Persons;

    public IReadOnlyList<PersonInput> Representatives => Data.LegalRepresentatives?.Persons ?? [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await BeginGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        Input = Data.AuthorizationManagers ?? new AuthorizationManagersStep();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await BeginPostAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        if (ActionIndex("copy", Representatives.Count) is { } copy)
        {
            var source = Representatives[copy];
            var copied = new PersonInput { Initials = source.Initials, Surname = source.Surname, DateOfBirth = source.DateOfBirth, Email = source.Email, Phone = source.Phone };
            // Fill the first empty entry, so "copy" right after arriving does not leave an empty person behind.
            var empty = Input.Persons.FindIndex(p => string.IsNullOrWhiteSpace(p.Initials) && string.IsNullOrWhiteSpace(p.Surname) && string.IsNullOrWhiteSpace(p.Email));
            if (empty >= 0)
            {
                Input.Persons[empty] = copied;
            }
            else if (Input.Persons.Count < MaxPersons)
            {
                Input.Persons.Add(copied);
            }
            Open!.Data.AuthorizationManagers = Input;
            Open.Data.CompletedSteps.Remove(Step);
            await SaveAsync(cancellationToken);
            return Redirect(WizardNavigation.PathOf(Step));
        }
        if (await HandleListActionAsync(() => Open!.Data.AuthorizationManagers = Input, cancellationToken) is { } listChanged)
        {
            return listChanged;
        }
        var errors = validator.ValidateAuthorizationManagers(Input)
            .Concat(await emails.CheckAsync(Input.Persons, (Open!.Data.Users?.Persons ?? []).Cast<PersonInput>(), cancellationToken)).ToList();
        if (!IsBack)
        {
            AddErrors(errors);
        }
        Open!.Data.AuthorizationManagers = Input;
        return await SaveAndMoveAsync(errors.Count == 0, cancellationToken);
    }
}
