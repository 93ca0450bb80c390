using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Activation;

/// <summary>
/// An activation left half done: the code was used and the account bound (or, for an upgrade, logged in with), but
/// a factor the level needs was never set up. Logging in with the password is then the way back into the sequence,
/// since the code no longer works.
/// </summary>
public sealed class ActivationResumption(BeheermoduleDbContext db)
{
    public async Task<ActivationProgress?> UnfinishedAsync(string userAccountId, DateTime expiresAt, CancellationToken cancellationToken = default)
    {
        var waiting = await db.Means.AsNoTracking()
            .Where(m => m.UserAccountId == userAccountId
                && (m.Status == MeansStatus.AwaitingActivation
                    || (m.PendingLevel != null && (m.Status == MeansStatus.Active || m.Status == MeansStatus.Suspended))))
            .OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id,
                IsUpgrade = m.PendingLevel != null,
                // For an upgrade only its own code counts: one used after the means reached its current level.
                CodeId = db.ActivationCodes
                    .Where(c => c.MeansId == m.Id && c.Status == ActivationCodeStatus.Used && (m.PendingLevel == null || c.UsedAt > m.ActivatedAt))
                    .Select(c => (int?)c.Id).FirstOrDefault(),
            })
            .Where(m => m.CodeId != null)
            .FirstOrDefaultAsync(cancellationToken);
        return waiting is null
            ? null
            : new ActivationProgress(waiting.CodeId!.Value, waiting.Id, expiresAt, HolderConfirmed: true, UserAccountId: userAccountId, IsUpgrade: waiting.IsUpgrade);
    }
}
