using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Upgrades;

/// <summary>A means of the holder that is suspended until the code of its upgrade letter is activated (rule 13).</summary>
public sealed record MeansBeingUpgraded(string OrganisationName, AssuranceLevel NewLevel)
{
    /// <summary>What the holder reads after logging in, so a refusal at a service is no surprise.</summary>
    public string Notice =>
        $"Uw middel voor {OrganisationName} wordt opgewaardeerd naar {NewLevel.DisplayName()}. Activeer de aanmeldcode uit uw nieuwe brief; " +
        "tot dan kunt u met dit middel niet inloggen bij diensten.";
}

public sealed class UpgradesAwaitingActivation(BeheermoduleDbContext db)
{
    public async Task<IReadOnlyList<MeansBeingUpgraded>> OfAsync(string userAccountId, CancellationToken cancellationToken = default) =>
        await db.Means.AsNoTracking()
            .Where(m => m.UserAccountId == userAccountId && m.Status == MeansStatus.Suspended && m.PendingLevel != null)
            .OrderBy(m => m.Organisation.Name)
            .Select(m => new MeansBeingUpgraded(m.Organisation.Name, m.PendingLevel!.Value))
            .ToListAsync(cancellationToken);
}
