using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Activation;

/// <summary>
/// Decides the next step from what is stored, not from what the browser claims: a step is done when its result
/// exists (an account bound, a responder enrolled, a certificate registered).
/// </summary>
public sealed class ActivationSequence(BeheermoduleDbContext db, HolderFactors factors)
{
    public async Task<ActivationStep> NextStepAsync(ActivationProgress progress, CancellationToken cancellationToken = default)
    {
        if (progress.UserAccountId is not { } accountId)
        {
            return progress.HolderConfirmed ? ActivationStep.ChooseAccount : ActivationStep.ConfirmHolder;
        }
        // An upgrade asks for the factors of the level it is going to.
        var level = await db.Means.Where(m => m.Id == progress.MeansId).Select(m => m.PendingLevel ?? m.Level).SingleAsync(cancellationToken);
        var registered = await factors.OfAsync(accountId, cancellationToken);
        if (level.NeedsOtp() && !registered.HasResponder)
        {
            return ActivationStep.EnrolResponder;
        }
        if (level.NeedsPkiCertificate() && !registered.HasCertificate)
        {
            return ActivationStep.RegisterCertificate;
        }
        return ActivationStep.LogIn;
    }
}
