using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Identifiers;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Beheermodule.Core.Registration.Drafts;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// Takes in mutations: from the public form (any KvK number and e-mail pair lands in the queue, matched or not, so
/// the answer never tells whether the pair exists) and, for a bank account, from staff with the SEPA form.
/// </summary>
public sealed class MutationIntake(BeheermoduleDbContext db, MutationRequestValidator validator, AuditLog audit, TimeProvider clock)
{
    public const string ReferencePrefix = "MUT";

    /// <param name="FormToken">For a change that needs a signature: the secret of the link to the mutation form.</param>
    public sealed record Result(IReadOnlyList<FieldError> Errors, Mutation? Mutation, string? FormToken = null)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    public async Task<Result> SubmitAsync(MutationRequest input, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var (request, errors) = await validator.ValidateAsync(input, cancellationToken);
        if (request is null)
        {
            return new(errors, null);
        }
        var kvkNumber = request.KvkNumber.ToString();
        var organisationId = await db.Organisations.Where(o => o.KvkNumber == kvkNumber).Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
        var email = request.HolderEmail.ToLowerInvariant();
        // Only a single live means is a match; two means with one holder address are for staff to choose between.
        var matches = organisationId is null ? [] : await db.Means
            .Where(m => m.OrganisationId == organisationId && m.Status != MeansStatus.Ended && m.HolderEmail.ToLower() == email)
            .Select(m => m.Id).Take(2).ToListAsync(cancellationToken);
        var mutation = new Mutation
        {
            Kind = request.Kind,
            KvkNumber = kvkNumber,
            HolderEmail = request.HolderEmail,
            OrganisationId = organisationId,
            MeansId = matches.Count == 1 ? matches[0] : null,
            RequestedEndDate = request.EndDate,
            NewKvkNumber = request.NewKvkNumber,
            NewInitials = request.NewDetails?.Initials,
            NewSurname = request.NewDetails?.Surname,
            NewHolderEmail = request.NewDetails?.Email,
            AuthorizationAction = request.AuthorizationChange?.Action,
            ServiceId = request.AuthorizationChange?.ServiceId,
            Years = request.AuthorizationChange?.Years,
            Remark = request.Remark,
        };
        var formToken = request.Kind.NeedsSignedForm() ? SecretToken.Create() : null;
        mutation.FormTokenHash = formToken is null ? null : SecretToken.Hash(formToken);
        await AddAsync(mutation, actor, cancellationToken);
        return new([], mutation, formToken);
    }

    /// <summary>Rule 10: staff enter the IBAN from the signed SEPA form; it is recorded when the mutation is carried out.</summary>
    public async Task<Result> RecordBankAccountAsync(string? kvkNumberInput, string? ibanInput, string? remark, string staff, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        int? organisationId = null;
        if (!KvkNumber.TryParse(kvkNumberInput, out var kvkNumber, out var kvkError))
        {
            errors.Add(new("KvkNumber", kvkError!));
        }
        else
        {
            var number = kvkNumber.ToString();
            organisationId = await db.Organisations.Where(o => o.KvkNumber == number).Select(o => (int?)o.Id).SingleOrDefaultAsync(cancellationToken);
            if (organisationId is null)
            {
                errors.Add(new("KvkNumber", $"Er is geen organisatie met KvK-nummer {number} bij ons bekend."));
            }
        }
        if (!Iban.TryParse(ibanInput, out var iban, out var ibanError))
        {
            errors.Add(new("Iban", ibanError!));
        }
        if (remark?.Trim().Length > MutationRequestValidator.RemarkMaxLength)
        {
            errors.Add(new("Remark", $"De toelichting mag hoogstens {MutationRequestValidator.RemarkMaxLength} tekens hebben."));
        }
        if (errors.Count > 0)
        {
            return new(errors, null);
        }
        var mutation = new Mutation
        {
            Kind = MutationKind.BankAccount,
            KvkNumber = kvkNumber.ToString(),
            OrganisationId = organisationId,
            Iban = iban.Value,
            Remark = string.IsNullOrWhiteSpace(remark) ? null : remark.Trim(),
        };
        await AddAsync(mutation, AuditActor.Account(staff), cancellationToken);
        return new([], mutation);
    }

    private async Task AddAsync(Mutation mutation, AuditActor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        mutation.ReceivedAt = now;
        mutation.ReceivedFrom = actor.Description;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The reference carries the database id, so it is unique without a counter to contend for.
        mutation.Reference = $"pending-{Guid.NewGuid():N}"[..20];
        db.Mutations.Add(mutation);
        await db.SaveChangesAsync(cancellationToken);
        mutation.Reference = $"{ReferencePrefix}-{DutchDates.ToLocal(now).Year}-{mutation.Id:D6}";
        audit.Record(actor, "mutation.received", AuditOutcome.Success, kvkNumber: mutation.KvkNumber,
            details: $"{mutation.Reference}: {mutation.Kind.DisplayName()}, {(mutation.MeansId is null ? "geen middel gevonden" : $"middel {mutation.MeansId}")}.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
