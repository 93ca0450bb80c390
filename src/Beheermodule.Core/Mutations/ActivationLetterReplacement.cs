using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// Rule 4: a lost or expired aanmeldcode. Every issued code of the means dies at once, and a new letter is queued for
/// the legal representative at the registered address; its code is made when it is printed. An EH1 means never had
/// a letter: its new code goes by e-mail to the holder at once, as the first one did. A means in use has no code,
/// unless it is being upgraded (rule 13): then the upgrade's letter is the one replaced, sent as the upgrade's was.
/// </summary>
public sealed class ActivationLetterReplacement(BeheermoduleDbContext db, ActivationCodeMailer codeMailer, AuditLog audit) : IMutationHandler
{
    public MutationKind Kind => MutationKind.NewActivationLetter;

    public async Task<MutationResult> CarryOutAsync(Mutation mutation, DateTime now, AuditActor actor, CancellationToken cancellationToken)
    {
        var means = mutation.Means!;
        switch (means.Status)
        {
            case MeansStatus.Ended:
                return MutationResult.Refused("Dit middel is beëindigd: een nieuwe activeringsbrief kan niet meer.");
            case MeansStatus.Active or MeansStatus.Suspended when means.PendingLevel is null:
                return MutationResult.Refused("Dit middel is al geactiveerd: de houder logt in met het eigen account, een aanmeldcode is niet meer nodig. Is dat account niet meer bruikbaar, dan vraagt de organisatie een nieuw middel aan.");
        }
        if (await db.ActivationLetters.AnyAsync(l => l.MeansId == means.Id && l.PrintedAt == null, cancellationToken))
        {
            return MutationResult.Refused("Voor dit middel staat al een activeringsbrief klaar om te printen; een tweede brief is niet nodig.");
        }
        var organisation = means.Organisation;
        RevokeIssuedCodes(mutation, means, await db.ActivationCodes.Where(c => c.MeansId == means.Id && c.Status == ActivationCodeStatus.Issued).ToListAsync(cancellationToken), now, actor);
        if (!(means.PendingLevel ?? means.Level).NeedsContract())
        {
            codeMailer.Send(means, now, actor);
            return MutationResult.Done(
                $"De oude aanmeldcode van {means.HolderName} werkt niet meer. Een nieuwe aanmeldcode is per e-mail naar {means.HolderEmail} gestuurd.");
        }

        // The application of the newest letter: the upgrade's, when the means is being upgraded.
        var applicationId = await db.ActivationLetters.Where(l => l.MeansId == means.Id).OrderByDescending(l => l.Id)
            .Select(l => (int?)l.ApplicationId).FirstOrDefaultAsync(cancellationToken) ?? means.ApplicationId;
        var representative = await db.ApplicationPersons
            .Where(p => p.ApplicationId == applicationId && p.Role == PersonRole.LegalRepresentative)
            .OrderBy(p => p.Position)
            .FirstAsync(cancellationToken);

        db.ActivationLetters.Add(new ActivationLetter
        {
            Means = means,
            ApplicationId = applicationId,
            Priority = LetterPriority.Normal,
            RecipientName = representative.FullName,
            Street = organisation.Street,
            HouseNumber = organisation.HouseNumber,
            PostalCode = organisation.PostalCode,
            City = organisation.City,
            CreatedAt = now,
            Reason = $"Mutatie {mutation.Reference}: nieuwe activeringsbrief",
        });
        audit.Record(actor, "activation-letter.queued", AuditOutcome.Success, means.ApplicationId, kvkNumber: organisation.KvkNumber,
            details: $"{mutation.Reference}: nieuwe brief voor middel {means.Id}.");
        return MutationResult.Done(
            $"De oude aanmeldcode van {means.HolderName} werkt niet meer. Een nieuwe activeringsbrief gaat per post naar {representative.FullName}, {organisation.Street} {organisation.HouseNumber}, {organisation.PostalCode} {organisation.City}.");
    }

    private void RevokeIssuedCodes(Mutation mutation, Means means, List<ActivationCode> codes, DateTime now, AuditActor actor)
    {
        foreach (var code in codes)
        {
            code.Status = ActivationCodeStatus.Revoked;
            code.RevokedAt = now;
            audit.Record(actor, "activation-code.revoked", AuditOutcome.Success, means.ApplicationId, kvkNumber: means.Organisation.KvkNumber,
                details: $"{mutation.Reference}: aanmeldcode {code.Id} van middel {means.Id} vervangen door een nieuwe.");
        }
    }
}
