using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// The names a new password of an existing account is checked against, for the checklist beside the field. The
/// history is left out: the checklist only informs; Identity's validator has the last word and checks it.
/// </summary>
public sealed class AccountPasswordContext(BeheermoduleDbContext db)
{
    public async Task<PasswordContext> ForAsync(UserAccount account, CancellationToken cancellationToken = default)
    {
        var organisations = await db.Means.Where(m => m.UserAccountId == account.Id)
            .Select(m => m.Organisation.Name).Distinct().OrderBy(n => n).ToListAsync(cancellationToken);
        return new PasswordContext(account.UserName, organisations);
    }
}
