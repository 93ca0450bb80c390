using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Passwords;

/// <summary>
/// Identity's only password validator: applies the configured preset with the account's user name, the names of the
/// organisations of its means and, under afsprakenstelsel, its recent passwords.
/// </summary>
public sealed class PolicyPasswordValidator(PasswordPolicy policy, BeheermoduleDbContext db, IPasswordHasher<UserAccount> hasher, IOptions<PasswordPolicyOptions> options)
    : IPasswordValidator<UserAccount>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<UserAccount> manager, UserAccount user, string? password)
    {
        var organisations = await db.Means.Where(m => m.UserAccountId == user.Id).Select(m => m.Organisation.Name).Distinct().ToListAsync();
        var recent = policy.RefusesRecentPasswords ? await RecentHashesAsync(user) : [];
        var context = new PasswordContext(user.UserName, organisations,
            candidate => recent.Any(hash => hasher.VerifyHashedPassword(user, hash, candidate) != PasswordVerificationResult.Failed));
        var problems = policy.Check(password ?? "", context);
        return problems.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed(problems.Select(p => new IdentityError { Code = p.Code, Description = p.Message }).ToArray());
    }

    /// <summary>The current hash counts too: an account whose password was set before the history existed has none stored.</summary>
    private async Task<List<string>> RecentHashesAsync(UserAccount user)
    {
        var hashes = await db.PasswordHistory.Where(h => h.UserAccountId == user.Id)
            .OrderByDescending(h => h.Id).Take(options.Value.HistoryDepth).Select(h => h.PasswordHash).ToListAsync();
        if (user.PasswordHash is { } current && !hashes.Contains(current))
        {
            hashes.Add(current);
        }
        return hashes;
    }
}
