using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Mutations;

/// <summary>Rule 10: the bank account changes only here, from the signed SEPA form staff entered.</summary>
public sealed class BankAccountChange(BeheermoduleDbContext db, AuditLog audit) : IMutationHandler
{
    public MutationKind Kind => MutationKind.BankAccount;

    public async Task<MutationResult> CarryOutAsync(Mutation mutation, DateTime now, AuditActor actor, CancellationToken cancellationToken)
    {
        var organisation = await db.Organisations.SingleAsync(o => o.Id == mutation.OrganisationId, cancellationToken);
        var iban = mutation.Iban!;
        organisation.BankAccount = iban;
        // The last four characters identify the account for anyone checking the log, without copying the number.
        var ending = iban[^4..];
        audit.Record(actor, "organisation.bank-account-changed", AuditOutcome.Success, kvkNumber: organisation.KvkNumber,
            details: $"{mutation.Reference}: IBAN eindigend op {ending}.");
        return MutationResult.Done($"Het rekeningnummer van {organisation.Name} is gewijzigd in het IBAN eindigend op {ending}.");
    }
}
