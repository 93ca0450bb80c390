using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Backoffice.Documents;
using Beheermodule.Core.Data;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Core.Registration.Kvk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// Staff actions on one mutation. Each is one transaction with its audit events and e-mail, and carries the version
/// the staff member saw: of two decisions at once, exactly one stands.
/// </summary>
public sealed class MutationDesk(
    BeheermoduleDbContext db,
    DocumentStore documents,
    IKvkRegistry registry,
    IEnumerable<IMutationHandler> handlers,
    MutationNotifier notifier,
    IOptions<FeeOptions> fees,
    AuditLog audit,
    TimeProvider clock)
{
    public const string SignedFormMissingMessage =
        "Voer deze wijziging pas uit als het mutatieformulier binnen is, ondertekend door een wettelijk vertegenwoordiger. Upload de scan bij 'Ondertekend formulier'.";

    public const string NoMeansMessage = "Er is nog geen middel aan deze mutatie gekoppeld. Kies eerst het middel waar het om gaat, of wijs de mutatie af.";

    public Task<MutationResult> CarryOutAsync(int mutationId, Guid seenVersion, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(mutationId, seenVersion, cancellationToken, async (mutation, now) =>
        {
            var actor = AuditActor.Account(staff);
            if (mutation.Status != MutationStatus.Open)
            {
                return MutationResult.Refused("Deze mutatie is al behandeld.");
            }
            if (mutation.Kind != MutationKind.BankAccount && mutation.Means is null)
            {
                return MutationResult.Refused(NoMeansMessage);
            }
            if (mutation.Kind.NeedsSignedForm() && !mutation.HasSignedForm)
            {
                return MutationResult.Refused(SignedFormMissingMessage);
            }
            var result = await handlers.Single(h => h.Kind == mutation.Kind).CarryOutAsync(mutation, now, actor, cancellationToken);
            if (result.Outcome != ReviewOutcome.Done)
            {
                audit.Record(actor, "mutation.carry-out", AuditOutcome.Refused, kvkNumber: mutation.KvkNumber, details: $"{mutation.Reference}: {result.Message}");
                return result;
            }
            var fee = fees.Value.For(mutation.Kind);
            mutation.MarkDone(staff, now, fee, result.Message!);
            await notifier.HandledAsync(mutation, cancellationToken);
            audit.Record(actor, "mutation.done", AuditOutcome.Success, kvkNumber: mutation.KvkNumber,
                details: $"{mutation.Reference}: {mutation.Kind.DisplayName()}, tarief {DutchDates.Money(fee)}.");
            return result;
        });

    public Task<MutationResult> RejectAsync(int mutationId, Guid seenVersion, string? reason, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(mutationId, seenVersion, cancellationToken, async (mutation, now) =>
        {
            if (mutation.Status != MutationStatus.Open)
            {
                return MutationResult.Refused("Deze mutatie is al behandeld.");
            }
            if (string.IsNullOrWhiteSpace(reason))
            {
                return MutationResult.Refused("Geef de reden van de afwijzing; de wettelijk vertegenwoordiger leest die.");
            }
            mutation.Reject(staff, now, reason.Trim());
            await notifier.HandledAsync(mutation, cancellationToken);
            audit.Record(AuditActor.Account(staff), "mutation.rejected", AuditOutcome.Success, kvkNumber: mutation.KvkNumber, details: mutation.Reference);
            return MutationResult.Done("Afgewezen.");
        });

    /// <summary>
    /// The signed mutation form came in by post: its scan is stored, and whoever signed it is looked up in the
    /// Handelsregister at once. A signer who cannot bind the company (not found, or only together with others) is
    /// refused, and nothing is stored; a register without functionaries leaves that check to staff.
    /// </summary>
    public Task<MutationResult> RecordSignedFormAsync(int mutationId, Guid seenVersion, SignedFormInput form, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(mutationId, seenVersion, cancellationToken, async (mutation, now) =>
        {
            var actor = AuditActor.Account(staff);
            if (mutation.Status != MutationStatus.Open || !mutation.Kind.NeedsSignedForm())
            {
                return MutationResult.Refused("Bij deze mutatie hoort geen ondertekend formulier (meer).");
            }
            var signer = new PersonIdentity(PersonRules.NormaliseInitials(form.SignerInitials), form.SignerSurname.Trim(), form.SignerDateOfBirth);
            var lookup = await registry.LookupAsync(KvkNumber.Parse(mutation.KvkNumber), cancellationToken);
            var inRegister = "het register geeft geen functionarissen: bevoegdheid met de hand gecontroleerd";
            if (lookup.Company is { Functionaries.Count: > 0 } company)
            {
                var found = SigningAuthorityRule.Find(signer, company.Functionaries);
                if (SigningAuthorityRule.Problem([found], company.Name) is { } problem)
                {
                    audit.Record(actor, "mutation.signed-form", AuditOutcome.Refused, kvkNumber: mutation.KvkNumber, details: $"{mutation.Reference}: {problem}");
                    return MutationResult.Refused(problem + " Vraag een formulier dat een bevoegde bestuurder ondertekent.");
                }
                inRegister = found.Describe();
            }
            var stored = await documents.SaveAsync(form.Content, cancellationToken);
            if (!stored.Succeeded)
            {
                return MutationResult.Refused(stored.Message!);
            }
            var signedBy = $"{signer.Initials} {signer.Surname}";
            mutation.RecordSignedForm(stored.Document.StoredName, DocumentStore.DisplayName(form.FileName), stored.Document.Format, signedBy, inRegister, staff, now);
            audit.Record(actor, "mutation.signed-form-received", AuditOutcome.Success, kvkNumber: mutation.KvkNumber,
                details: $"{mutation.Reference}: ondertekend door {signedBy} ({inRegister}), sha256 {stored.Document.Sha256}.");
            return MutationResult.Done("Ondertekend formulier ontvangen.");
        });

    /// <summary>No match at submission: staff pick the means of the organisation it is about, after checking with the customer.</summary>
    public Task<MutationResult> PickMeansAsync(int mutationId, Guid seenVersion, int meansId, string staff, CancellationToken cancellationToken = default) =>
        ActAsync(mutationId, seenVersion, cancellationToken, async (mutation, now) =>
        {
            if (mutation.Status != MutationStatus.Open || mutation.Kind == MutationKind.BankAccount)
            {
                return MutationResult.Refused("Bij deze mutatie kan geen middel (meer) worden gekozen.");
            }
            var means = await db.Means.Include(m => m.Organisation)
                .SingleOrDefaultAsync(m => m.Id == meansId && m.OrganisationId == mutation.OrganisationId && m.Status != MeansStatus.Ended, cancellationToken);
            if (means is null)
            {
                return MutationResult.Refused("Kies een lopend middel van deze organisatie.");
            }
            mutation.Means = means;
            mutation.Touch();
            audit.Record(AuditActor.Account(staff), "mutation.means-picked", AuditOutcome.Success, means.ApplicationId, kvkNumber: mutation.KvkNumber,
                details: $"{mutation.Reference}: middel {means.Id}.");
            return MutationResult.Done("Middel gekoppeld.");
        });

    private async Task<MutationResult> ActAsync(int mutationId, Guid seenVersion, CancellationToken cancellationToken,
        Func<Mutation, DateTime, Task<MutationResult>> action)
    {
        var mutation = await db.Mutations
            .Include(m => m.Means).ThenInclude(m => m!.Organisation)
            .SingleOrDefaultAsync(m => m.Id == mutationId, cancellationToken);
        if (mutation is null)
        {
            return MutationResult.NotFound;
        }
        if (mutation.Version != seenVersion)
        {
            return MutationResult.Conflict;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await action(mutation, clock.GetUtcNow().UtcDateTime);
        if (result.Outcome != ReviewOutcome.Done)
        {
            db.ChangeTracker.KeepOnlyAuditEvents();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            return MutationResult.Conflict;
        }
    }
}

/// <summary>The scan of a signed mutation form and who signed it, as staff read it from the paper.</summary>
public sealed record SignedFormInput(Stream Content, string? FileName, string SignerInitials, string SignerSurname, DateOnly? SignerDateOfBirth);
