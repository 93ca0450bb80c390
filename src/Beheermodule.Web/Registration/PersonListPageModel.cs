using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Registration;

/// <summary>The steps that hold a list of persons: add and remove without losing what was typed.</summary>
public abstract class PersonListPageModel<TPerson>(ApplicationDraftStore drafts, IOptions<RegistrationOptions> options)
    : WizardPageModel(drafts, options)
    where TPerson : PersonInput, new()
{
    public const int MaxPersons = 50;

    private const string FocusKey = "FocusPerson";

    /// <summary>The person just added, whose first field gets the focus.</summary>
    public int? FocusedPerson => TempData[FocusKey] as int?;

    protected abstract List<TPerson> Persons { get; }

    /// <summary>Handles "add" and "remove:i": saves the list as typed and shows the page again.</summary>
    protected async Task<IActionResult?> HandleListActionAsync(Action storeInDraft, CancellationToken cancellationToken)
    {
        if (Action == "add" && Persons.Count < MaxPersons)
        {
            Persons.Add(new TPerson());
            // Focus the new person's first field (a fragment would stick to every later redirect).
            TempData[FocusKey] = Persons.Count - 1;
        }
        else if (ActionIndex("remove", Persons.Count) is { } index && Persons.Count > 1)
        {
            Persons.RemoveAt(index);
        }
        else
        {
            return null;
        }
        await EnsureDraftAsync(cancellationToken);
        storeInDraft();
        Open!.Data.CompletedSteps.Remove(Step);
        await SaveAsync(cancellationToken);
        return Redirect(WizardNavigation.PathOf(Step));
    }
}
