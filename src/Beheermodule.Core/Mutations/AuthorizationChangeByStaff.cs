using Beheermodule.Core.Audit;
using Beheermodule.Core.AuthorizationManagement;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// "Machtigingen wijzigen" for an organisation that does not manage them itself: staff give or take back the
/// machtiging the signed form asks for, through the same rules a beheerder meets in the beheermodule (the level of
/// the means, the term, a current machtiging to take back).
/// </summary>
public sealed class AuthorizationChangeByStaff(BeheermoduleDbContext db, AuthorizationGrant grants, AuthorizationChanges changes, TimeProvider clock) : IMutationHandler
{
    public MutationKind Kind => MutationKind.AuthorizationChange;

    public async Task<MutationResult> CarryOutAsync(Mutation mutation, DateTime now, AuditActor actor, CancellationToken cancellationToken)
    {
        var means = mutation.Means!;
        var organisation = new ManagedOrganisation(means.Organisation.Id, means.Organisation.Name, means.Organisation.KvkNumber);
        var staff = actor.AccountName ?? throw new InvalidOperationException("Only staff carry out a machtiging change.");
        var service = await db.Services.AsNoTracking().SingleAsync(s => s.Id == mutation.ServiceId, cancellationToken);
        if (mutation.AuthorizationAction == AuthorizationChangeAction.Revoke)
        {
            var current = await db.Authorizations.Where(a => a.MeansId == means.Id && a.ServiceId == service.Id
                    && (a.Status == AuthorizationStatus.Active || a.Status == AuthorizationStatus.Pending))
                .Select(a => (int?)a.Id).FirstOrDefaultAsync(cancellationToken);
            if (current is not { } authorizationId)
            {
                return MutationResult.Refused($"{means.HolderName} heeft geen lopende machtiging voor '{service.Name}': er valt niets in te trekken.");
            }
            return await changes.RevokeAsync(organisation, staff, authorizationId, cancellationToken) is { } refusal
                ? MutationResult.Refused(refusal)
                : MutationResult.Done($"De machtiging van {means.HolderName} voor '{service.Name}' is ingetrokken.");
        }
        var outcome = await grants.GrantAsync(organisation, staff,
            new GrantRequest(means.Id, service.Id, null, mutation.Years ?? 1, DutchDates.Today(clock), null, BranchWarningAccepted: true), cancellationToken);
        return outcome switch
        {
            GrantOutcome.Granted granted => MutationResult.Done(
                $"{means.HolderName} heeft nu een machtiging voor '{service.Name}', t/m {DutchDates.Format(granted.Authorization.ValidUntil)}."),
            GrantOutcome.Refused refused => MutationResult.Refused(refused.Message),
            GrantOutcome.NeedsConfirmation confirmation => MutationResult.Refused(confirmation.Warning),
            _ => throw new InvalidOperationException($"Unknown grant outcome {outcome}."),
        };
    }
}
