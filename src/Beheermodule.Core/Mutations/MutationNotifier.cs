using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Mutations.Mails;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// E-mails the legal representatives of the organisation a mutation concerns (in the caller's transaction, via the
/// outbox). They are the persons of the application that issued the means; an unmatched mutation has nobody to tell.
/// </summary>
public sealed class MutationNotifier(BeheermoduleDbContext db, MailOutbox outbox, IOptions<IssuerOptions> issuer)
{
    public const string FormPath = "/mutaties";

    public async Task HandledAsync(Mutation mutation, CancellationToken cancellationToken = default)
    {
        var done = mutation.Status == MutationStatus.Done;
        var organisationName = await OrganisationNameAsync(mutation, cancellationToken);
        foreach (var representative in await RepresentativesAsync(mutation, cancellationToken))
        {
            outbox.Enqueue(representative.Email, representative.FullName, new MutationHandledMail
            {
                RecipientName = representative.FullName,
                Reference = mutation.Reference,
                OrganisationName = organisationName,
                KindName = mutation.Kind.DisplayName(),
                OutcomeName = mutation.Status.DisplayName(),
                Explanation = (done ? mutation.Outcome : mutation.RejectionReason) ?? "",
                FormUrl = issuer.Value.Link(FormPath),
                IssuerName = issuer.Value.Name,
            });
        }
    }

    /// <summary>The legal representatives of the application behind the mutation's means, or else the organisation's latest means.</summary>
    public async Task<IReadOnlyList<ApplicationPerson>> RepresentativesAsync(Mutation mutation, CancellationToken cancellationToken = default)
    {
        var applicationId = mutation.MeansId is { } meansId
            ? await db.Means.Where(m => m.Id == meansId).Select(m => (int?)m.ApplicationId).SingleOrDefaultAsync(cancellationToken)
            : mutation.OrganisationId is { } organisationId
                ? await db.Means.Where(m => m.OrganisationId == organisationId).OrderByDescending(m => m.Id).Select(m => (int?)m.ApplicationId).FirstOrDefaultAsync(cancellationToken)
                : null;
        if (applicationId is null)
        {
            return [];
        }
        return await db.ApplicationPersons
            .Where(p => p.ApplicationId == applicationId && p.Role == PersonRole.LegalRepresentative)
            .OrderBy(p => p.Position)
            .ToListAsync(cancellationToken);
    }

    private async Task<string> OrganisationNameAsync(Mutation mutation, CancellationToken cancellationToken) =>
        mutation.OrganisationId is { } id
            ? await db.Organisations.Where(o => o.Id == id).Select(o => o.Name).SingleAsync(cancellationToken)
            : "";
}
