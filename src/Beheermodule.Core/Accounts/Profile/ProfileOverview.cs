using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Accounts.Profile;

public sealed record ProfileMeans(
    string OrganisationName, string KvkNumber, string? BranchNumber, AssuranceLevel Level, MeansStatus Status, DateTime? ActiveSince, AssuranceLevel? PendingLevel = null);

public sealed record ProfileAuthorization(
    string OrganisationName, string? ServiceName, string? ServiceProviderName, bool IsManagerRole, DateOnly ValidUntil, AuthorizationStatus Status);

public sealed record ProfileResponder(string Label, OtpResponderKind Kind, DateTime Since, OtpResponderStatus Status, DateTime? RevokedAt);

/// <summary>An organisation's bank account as the holder may see it: masked, never the whole number.</summary>
public sealed record ProfileBankAccount(string OrganisationName, string MaskedIban);

public sealed record ProfileView(
    string Initials, string Surname, string UserName, string? Email,
    IReadOnlyList<ProfileMeans> Means, IReadOnlyList<ProfileAuthorization> Authorizations,
    IReadOnlyList<ProfileResponder> Responders, IReadOnlyList<ProfileBankAccount> BankAccounts)
{
    public bool HasActiveResponder => Responders.Any(r => r.Status == OtpResponderStatus.Active);
}

/// <summary>
/// What /profiel shows (rules 7, 9, 10): every row is found from the signed-in account's own id, so a holder sees
/// their own means, machtigingen and responders and nothing of anyone else's.
/// </summary>
public sealed class ProfileOverview(BeheermoduleDbContext db)
{
    public async Task<ProfileView?> ForAsync(string accountId, CancellationToken cancellationToken = default)
    {
        var account = await db.Users.AsNoTracking()
            .Where(u => u.Id == accountId)
            .Select(u => new { u.Initials, u.Surname, u.UserName, u.Email })
            .SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }
        var means = await db.Means.AsNoTracking()
            .Where(m => m.UserAccountId == accountId)
            .OrderBy(m => m.Organisation.Name).ThenBy(m => m.Id)
            .Select(m => new { m.Organisation.Name, m.Organisation.KvkNumber, m.BranchNumber, m.Level, m.PendingLevel, m.Status, m.ActivatedAt, m.Organisation.BankAccount })
            .ToListAsync(cancellationToken);
        var authorizations = await db.Authorizations.AsNoTracking()
            .Where(a => a.Means.UserAccountId == accountId)
            .OrderBy(a => a.Organisation.Name).ThenByDescending(a => a.IsManagerRole).ThenBy(a => a.Id)
            .Select(a => new ProfileAuthorization(
                a.Organisation.Name, a.Service == null ? null : a.Service.Name, a.Service == null ? null : a.Service.ServiceProvider.Name,
                a.IsManagerRole, a.ValidUntil, a.Status))
            .ToListAsync(cancellationToken);
        var responders = await db.OtpResponders.AsNoTracking()
            .Where(r => r.UserAccountId == accountId)
            .OrderBy(r => r.Status).ThenByDescending(r => r.CreatedAt)
            .Select(r => new ProfileResponder(r.Label, r.Kind, r.CreatedAt, r.Status, r.RevokedAt))
            .ToListAsync(cancellationToken);
        var bankAccounts = means
            .Where(m => !string.IsNullOrEmpty(m.BankAccount))
            .DistinctBy(m => m.KvkNumber)
            .Select(m => new ProfileBankAccount(m.Name, MaskedBankAccount.Mask(m.BankAccount!)))
            .ToList();
        return new ProfileView(
            account.Initials, account.Surname, account.UserName ?? "", account.Email,
            means.Select(m => new ProfileMeans(m.Name, m.KvkNumber, m.BranchNumber, m.Level, m.Status, m.ActivatedAt, m.PendingLevel)).ToList(),
            authorizations, responders, bankAccounts);
    }
}
