using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>Step 5: the users who each get a means, with the services they must be authorised for.</summary>
public sealed class UsersModel(ApplicationDraftStore drafts, DraftValidator validator, DraftEmailCheck emails, ServiceCatalogue catalogue, IOptions<RegistrationOptions> options)
    : PersonListPageModel<UserInput>(drafts, options)
{
    public override WizardStep Step => WizardStep.Users;

    [BindProperty]
    public UsersStep Input { get; set; } = new();

    protected override List<UserInput> Persons => Input.Persons;

    public IReadOnlyList<Service> Services { get; private set; } = [];

    public AssuranceLevel? Level => DraftReview.LevelOf(Data);

    public bool RegisteredOnBranch => Data.Organisation?.RegisterOnBranch == true;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (await BeginGetAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        Input = Data.Users ?? new UsersStep();
        Services = await catalogue.AllAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (await BeginPostAsync(cancellationToken) is { } redirect)
        {
            return redirect;
        }
        if (await HandleListActionAsync(() => Open!.Data.Users = Input, cancellationToken) is { } listChanged)
        {
            return listChanged;
        }
        Services = await catalogue.AllAsync(cancellationToken);
        var errors = Level is { } level
            ? validator.ValidateUsers(Input, level, RegisteredOnBranch, Services.ToList())
                .Concat(await emails.CheckAsync(Input.Persons, Open!.Data.AuthorizationManagers?.Persons ?? [], cancellationToken)).ToList()
            : [new FieldError("Persons", "Kies eerst een niveau.")];
        if (!IsBack)
        {
            AddErrors(errors);
        }
        Open!.Data.Users = Input;
        return await SaveAndMoveAsync(errors.Count == 0, cancellationToken);
    }
}
