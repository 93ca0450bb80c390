using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.AuthorizationManagement;

/// <summary>"Nieuwe collega": starts the normal application with everything but the colleagues filled in.</summary>
public sealed class NewColleagueModel(ManagedOrganisations managed, ColleagueApplication application, IOptions<RegistrationOptions> registration)
    : ColleagueApplicationPageModel(managed, application, registration)
{
    public Task OnGetAsync(CancellationToken cancellationToken) => SuggestLevelAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || !LevelIsOffered())
        {
            return Page();
        }
        return await StartApplicationAsync([], cancellationToken) ?? Page();
    }
}
