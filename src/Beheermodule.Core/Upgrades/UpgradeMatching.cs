using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Upgrades;

/// <summary>
/// For an application marked "opwaardering": each user against the company's active means below the new level, so the
/// summary can say before submission which means are upgraded and which users get a new one (rule 13).
/// </summary>
public sealed class UpgradeMatching(BeheermoduleDbContext db)
{
    /// <summary>One match per user, in the users' order; none when the application is no upgrade.</summary>
    public async Task<IReadOnlyList<UpgradeMatch>> MatchAsync(ApplicationDraftData data, CancellationToken cancellationToken = default)
    {
        if (data.Level is not { IsUpgrade: true } || data.Organisation is not { KvkNumber: { } kvkNumber } organisation
            || !DraftValidator.TryGetLevel(data.Level, out var level))
        {
            return [];
        }
        var candidates = await db.Means.AsNoTracking().Include(m => m.Organisation)
            .Where(m => m.Organisation.KvkNumber == kvkNumber && m.Status == MeansStatus.Active && m.Level < level)
            .ToListAsync(cancellationToken);
        return (data.Users?.Persons ?? []).Select(user => UpgradeRule.Match(organisation, user, candidates)).ToList();
    }
}
