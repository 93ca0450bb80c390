using Beheermodule.Core.Accounts;
using Beheermodule.Core.Accounts.Profile;
using Beheermodule.Core.Issuer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Beheermodule.Web.Accounts.Profile;

/// <summary>
/// /profiel: what the signed-in person's account holds (rules 7, 9, 10). The account comes from the session only,
/// never from the request, so nobody can look at another person's profile.
/// </summary>
[Authorize]
public sealed class ProfileModel(UserManager<UserAccount> users, ProfileOverview overview, IOptions<IssuerOptions> issuer) : PageModel
{
    public ProfileView View { get; private set; } = null!;

    public IssuerOptions Issuer => issuer.Value;

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (users.GetUserId(User) is not { } accountId || await overview.ForAsync(accountId, cancellationToken) is not { } view)
        {
            return Challenge();
        }
        View = view;
        return Page();
    }
}
