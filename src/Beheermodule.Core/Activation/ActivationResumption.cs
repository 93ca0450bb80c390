using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Activation;

/// <summary>
/// An activation left half done: the code was used and the account bound, but the second step was never set up.
/// Logging in with the password is then the way back into the sequence, since the code no longer works.
/// </summary>
public sealed class ActivationResumption(BeheermoduleDbContext db)
{
    public async Task<ActivationProgress?> UnfinishedAsync(string userAccountId, DateTime expiresAt, CancellationToken cancellationToken = default)
    {
        var waiting = await db.Means.AsNoTracking()
            .Where(m => m.UserAccountId == userAccountId && m.Status == MeansStatus.AwaitingActivation)
            .OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id,
                CodeId = db.ActivationCodes.Where(c => c.MeansId == m.Id && c.Status == ActivationCodeStatus.Used).Select(c => (int?)c.Id).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return waiting?.CodeId is { } codeId
            ? new ActivationProgress(codeId, waiting.Id, expiresAt, HolderConfirmed: true, UserAccountId: userAccountId)
            : null;
    }
}
