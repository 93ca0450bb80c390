using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// A holder's new name or e-mail address, signed for by the legal representative. The name goes on the means and on
/// the holder's account. The address changes here only on a means not activated yet, and never to another person's
/// (docs/domain.md, rule 9); an activated holder changes the own address on the profile, where the link proves it.
/// </summary>
public sealed class HolderDetailsChange(BeheermoduleDbContext db, EmailAddressOwnership ownership, AuditLog audit) : IMutationHandler
{
    public const string ActivatedAddressMessage =
        "Deze gebruiker heeft het middel al geactiveerd en wijzigt het eigen e-mailadres op het profiel (met een bevestigingslink). Voer alleen de naam door, of wijs dit deel af.";

    public MutationKind Kind => MutationKind.HolderDetails;

    public async Task<MutationResult> CarryOutAsync(Mutation mutation, DateTime now, AuditActor actor, CancellationToken cancellationToken)
    {
        var means = mutation.Means!;
        if (means.Status == MeansStatus.Ended)
        {
            return MutationResult.Refused("Dit middel is beëindigd: de gegevens ervan veranderen niet meer.");
        }
        var account = means.UserAccountId is { } accountId ? await db.Users.SingleAsync(u => u.Id == accountId, cancellationToken) : null;
        var initials = mutation.NewInitials ?? means.HolderInitials;
        var surname = mutation.NewSurname ?? means.HolderSurname;
        if (mutation.NewHolderEmail is { } email)
        {
            if (account is not null)
            {
                return MutationResult.Refused(ActivatedAddressMessage);
            }
            var person = new PersonIdentity(initials, surname, means.HolderDateOfBirth == default ? null : means.HolderDateOfBirth);
            if (await ownership.IsAnotherPersonsAsync(email, person, cancellationToken))
            {
                return MutationResult.Refused($"{email} hoort bij iemand anders. {EmailAddressOwnership.TakenMessage}");
            }
        }
        var before = $"{means.HolderInitials} {means.HolderSurname} <{means.HolderEmail}>";
        means.ChangeHolder(initials, surname, mutation.NewHolderEmail ?? means.HolderEmail);
        if (account is not null)
        {
            (account.Initials, account.Surname) = (initials, surname);
        }
        var after = $"{means.HolderInitials} {means.HolderSurname} <{means.HolderEmail}>";
        audit.Record(actor, "means.holder-changed", AuditOutcome.Success, means.ApplicationId, kvkNumber: mutation.KvkNumber,
            details: $"{mutation.Reference}: middel {means.Id}, {before} -> {after}{(account is null ? "" : $", account {account.UserName}")}.");
        return MutationResult.Done($"De gebruiker van dit middel heet nu {means.HolderInitials} {means.HolderSurname}, e-mailadres {means.HolderEmail}.");
    }
}
