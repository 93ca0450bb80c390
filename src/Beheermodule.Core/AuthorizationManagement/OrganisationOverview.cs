using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Otp;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.AuthorizationManagement;

/// <summary>One machtiging as the beheerder sees it.</summary>
public sealed record MachtigingRow(
    int Id, string What, bool IsManagerRole, string? BranchNumber, AuthorizationStatus Status, DateOnly ValidFrom, DateOnly ValidUntil,
    DateTime? LastUsedAt, bool ExpiresSoon, bool LongUnused);

/// <summary>One means holder of the organisation, with their machtigingen; <see cref="UpgradingTo"/> while an upgrade is on its way (rule 13).</summary>
public sealed record HolderRow(
    int MeansId, string Name, string Email, AssuranceLevel Level, AssuranceLevel? UpgradingTo, MeansStatus Status, int ActiveResponders, DateTime? CodeExpiresAt,
    DateTime? LastSignedInAt, IReadOnlyList<MachtigingRow> Machtigingen)
{
    public bool IsManager => Machtigingen.Any(m => m.IsManagerRole && m.Status == AuthorizationStatus.Active);
}

/// <summary>An application for this organisation still on its way: its colleagues get their means when it is approved.</summary>
public sealed record OpenApplicationRow(string Reference, ApplicationStatus Status, DateTime SubmittedAt, int Colleagues);

public sealed record OverviewFilter(string? Text, bool OnlyExpiringSoon = false, bool OnlyLongUnused = false, bool OnlyPending = false);

/// <summary>
/// The beheermodule's overview of one organisation: its holders and their machtigingen, what ends within 60 days,
/// what has not been used for 20 months or more, what waits for its holder's activation, and when each holder last
/// logged in. Only this organisation's rows are read: every query starts from its id.
/// </summary>
public sealed class OrganisationOverview(BeheermoduleDbContext db, TimeProvider clock)
{
    public const int ExpiresSoonDays = 60;
    public const int LongUnusedMonths = 20;

    public async Task<IReadOnlyList<HolderRow>> LoadAsync(ManagedOrganisation organisation, OverviewFilter filter, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DutchDates.Today(clock);
        var means = await db.Means.AsNoTracking()
            .Where(m => m.OrganisationId == organisation.Id && m.Status != MeansStatus.Ended)
            .OrderBy(m => m.HolderSurname).ThenBy(m => m.HolderInitials).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        var meansIds = means.Select(m => m.Id).ToList();
        var authorizations = await db.Authorizations.AsNoTracking()
            .Include(a => a.Service).ThenInclude(s => s!.ServiceProvider)
            .Where(a => a.OrganisationId == organisation.Id && (a.Status == AuthorizationStatus.Pending || a.Status == AuthorizationStatus.Active))
            .OrderByDescending(a => a.IsManagerRole).ThenBy(a => a.ValidUntil)
            .ToListAsync(cancellationToken);
        var accountIds = means.Where(m => m.UserAccountId != null).Select(m => m.UserAccountId!).Distinct().ToList();
        var responders = await db.OtpResponders.AsNoTracking()
            .Where(r => accountIds.Contains(r.UserAccountId) && r.Status == OtpResponderStatus.Active)
            .GroupBy(r => r.UserAccountId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var signedIn = await db.Users.AsNoTracking()
            .Where(u => accountIds.Contains(u.Id) && u.LastSignedInAt != null)
            .ToDictionaryAsync(u => u.Id, u => u.LastSignedInAt, cancellationToken);
        var codes = await db.ActivationCodes.AsNoTracking()
            .Where(c => meansIds.Contains(c.MeansId) && c.Status == ActivationCodeStatus.Issued && c.ExpiresAt > now)
            .GroupBy(c => c.MeansId).Select(g => new { g.Key, ExpiresAt = g.Max(c => c.ExpiresAt) })
            .ToDictionaryAsync(g => g.Key, g => g.ExpiresAt, cancellationToken);
        var longUnusedBefore = now.AddMonths(-LongUnusedMonths);

        var rows = means.Select(m => new HolderRow(
            m.Id, m.HolderName, m.HolderEmail, m.Level, m.PendingLevel, m.Status,
            m.UserAccountId is { } account && responders.TryGetValue(account, out var count) ? count : 0,
            codes.TryGetValue(m.Id, out var expiresAt) ? expiresAt : null,
            m.UserAccountId is { } holder && signedIn.TryGetValue(holder, out var lastSignedIn) ? lastSignedIn : null,
            authorizations.Where(a => a.MeansId == m.Id).Select(a => new MachtigingRow(
                a.Id, a.What, a.IsManagerRole, a.BranchNumber, a.Status, a.ValidFrom, a.ValidUntil, a.LastUsedAt,
                ExpiresSoon: a.ValidUntil <= today.AddDays(ExpiresSoonDays),
                LongUnused: a.Status == AuthorizationStatus.Active && !a.IsManagerRole && (a.LastUsedAt ?? a.CreatedAt) <= longUnusedBefore)).ToList()));
        return rows.Where(r => Matches(r, filter)).ToList();
    }

    /// <summary>Applications for the organisation's KvK number that are not decided yet, newest first.</summary>
    public async Task<IReadOnlyList<OpenApplicationRow>> OpenApplicationsAsync(ManagedOrganisation organisation, CancellationToken cancellationToken = default)
    {
        ApplicationStatus[] open = [ApplicationStatus.AwaitingConfirmation, ApplicationStatus.AwaitingContract, ApplicationStatus.UnderReview, ApplicationStatus.Incomplete];
        return await db.Applications.AsNoTracking()
            .Where(a => a.KvkNumber == organisation.KvkNumber && open.Contains(a.Status))
            .OrderByDescending(a => a.SubmittedAt)
            .Select(a => new OpenApplicationRow(a.Reference, a.Status, a.SubmittedAt, a.Persons.Count(p => p.Role == PersonRole.MeansHolder)))
            .ToListAsync(cancellationToken);
    }

    private static bool Matches(HolderRow row, OverviewFilter filter)
    {
        var text = filter.Text?.Trim();
        var textMatches = string.IsNullOrEmpty(text)
            || row.Name.Contains(text, StringComparison.OrdinalIgnoreCase)
            || row.Email.Contains(text, StringComparison.OrdinalIgnoreCase)
            || row.Machtigingen.Any(m => m.What.Contains(text, StringComparison.OrdinalIgnoreCase));
        return textMatches
            && (!filter.OnlyExpiringSoon || row.Machtigingen.Any(m => m.ExpiresSoon))
            && (!filter.OnlyLongUnused || row.Machtigingen.Any(m => m.LongUnused))
            && (!filter.OnlyPending || row.Status == MeansStatus.AwaitingActivation || row.Machtigingen.Any(m => m.Status == AuthorizationStatus.Pending));
    }
}
