using Beheermodule.Core.Audit;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Mutations;

/// <summary>Opzeggen: the means ends on the requested day (today: now), with its machtigingen.</summary>
public sealed class MeansCancellation(MeansEnding ending, IOptions<BackofficeOptions> options) : IMutationHandler
{
    public MutationKind Kind => MutationKind.EndMeans;

    public async Task<MutationResult> CarryOutAsync(Mutation mutation, DateTime now, AuditActor actor, CancellationToken cancellationToken)
    {
        var means = mutation.Means!;
        if (means.Status == MeansStatus.Ended)
        {
            return MutationResult.Refused("Dit middel is al beëindigd.");
        }
        var endDate = mutation.RequestedEndDate!.Value;
        var endsAt = EndDateRule.EndMoment(endDate, now, options.Value.Zone);
        var holder = means.HolderName;
        var endedNow = await ending.EndAtAsync(means, endsAt, actor, $"Opgezegd met mutatie {mutation.Reference}.", cancellationToken);
        return MutationResult.Done(endedNow
            ? $"Het middel van {holder} is per {DutchDates.Format(now)} beëindigd; de machtigingen ervan zijn ingetrokken."
            : $"Het middel van {holder} eindigt op {DutchDates.Format(endDate)}; dan worden ook de machtigingen ervan ingetrokken.");
    }
}
