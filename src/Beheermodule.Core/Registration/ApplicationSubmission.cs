using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Registration.Drafts;
using Beheermodule.Core.Registration.Mails;
using Beheermodule.Core.Upgrades;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration;

/// <summary>
/// Turns a complete draft into an application, in one transaction: the application, its reference, the
/// e-mails in the outbox, the audit event, and the draft's removal are saved together or not at all.
/// </summary>
public sealed class ApplicationSubmission(
    BeheermoduleDbContext db,
    DraftReview review,
    FeeCalculator fees,
    StatusLinks statusLinks,
    UpgradeMatching upgrades,
    BeheerderMeansMatching beheerderMeans,
    MailOutbox outbox,
    AuditLog audit,
    TimeProvider clock,
    IOptions<RegistrationOptions> registrationOptions,
    IOptions<IssuerOptions> issuerOptions)
{
    public sealed record Result(IReadOnlyList<DraftReview.StepError> Errors, Application? Application, string? StatusToken)
    {
        public bool Succeeded => Errors.Count == 0;
    }

    public async Task<Result> SubmitAsync(ApplicationDraftStore.OpenDraft open, AuditActor actor, CancellationToken cancellationToken = default)
    {
        var errors = await review.ReviewAsync(open.Data, cancellationToken);
        if (errors.Count > 0)
        {
            return new(errors, null, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var application = Build(open.Data);
        var matches = await upgrades.MatchAsync(open.Data, cancellationToken);
        var users = application.PersonsIn(PersonRole.MeansHolder).ToList();
        for (var i = 0; i < matches.Count && i < users.Count; i++)
        {
            users[i].UpgradesMeansId = matches[i].IsUpgrade ? matches[i].Means!.Id : null;
        }
        var beheerders = application.PersonsIn(PersonRole.AuthorizationManager).ToList();
        var beheerderCases = await beheerderMeans.MatchAsync(open.Data, cancellationToken);
        for (var i = 0; i < beheerderCases.Count && i < beheerders.Count; i++)
        {
            beheerders[i].KeepsMeansId = beheerderCases[i].KeptMeansId;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The reference carries the database id, so it is unique without a counter to contend for.
        application.Reference = $"pending-{Guid.NewGuid():N}"[..20];
        var statusToken = statusLinks.Issue(application);
        string? confirmationToken = null;
        if (!application.Level.NeedsContract())
        {
            confirmationToken = SecretToken.Create();
            application.ConfirmationTokenHash = SecretToken.Hash(confirmationToken);
            application.ConfirmationExpiresAt = now + registrationOptions.Value.ConfirmationLifetime;
        }
        application.Submit(now);
        db.Applications.Add(application);
        await db.SaveChangesAsync(cancellationToken);

        application.Reference = $"{registrationOptions.Value.ReferencePrefix}-{DutchDates.ToLocal(now).Year}-{application.Id:D6}";
        EnqueueMails(application, statusToken, confirmationToken);
        audit.Record(actor, "application.submitted", AuditOutcome.Success, application.Id, application.Reference, application.KvkNumber,
            $"Niveau {application.Level.DisplayName()}, {users.Count} gebruiker(s), waarvan {users.Count(u => u.UpgradesMeansId != null)} opwaardering(en), " +
            $"{MeansRecipients.Of(application).Count(r => r.Case == MeansRecipientCase.BeheerderOwnMeans)} beheerder(s) met een eigen middel, spoed: {application.Rush}.");
        db.ApplicationDrafts.Remove(open.Draft);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new([], application, statusToken);
    }

    private Application Build(ApplicationDraftData data)
    {
        DraftValidator.TryGetLevel(data.Level, out var level);
        var organisation = data.Organisation!;
        var rush = DraftValidator.GetRush(data.Level);
        var users = data.Users!.Persons;
        var application = new Application
        {
            Level = level,
            IsUpgrade = data.Level!.IsUpgrade,
            Rush = rush,
            KvkNumber = organisation.KvkNumber!,
            BranchNumber = organisation.RegisterOnBranch ? organisation.BranchNumber : null,
            OrganisationName = organisation.Name!,
            LegalForm = organisation.LegalForm ?? "",
            Street = organisation.Street ?? "",
            HouseNumber = organisation.HouseNumber ?? "",
            PostalCode = organisation.PostalCode ?? "",
            City = organisation.City ?? "",
            JointlyAuthorised = data.LegalRepresentatives!.JointlyAuthorised,
            Fees = fees.Quote(level, users.Count, rush),
            ReplacesOrganisationId = data.ReplacesOrganisationId,
        };
        AddPersons(application, PersonRole.LegalRepresentative, data.LegalRepresentatives.Persons);
        AddPersons(application, PersonRole.AuthorizationManager, data.AuthorizationManagers!.Persons);
        AddPersons(application, PersonRole.MeansHolder, users);
        return application;
    }

    private static void AddPersons(Application application, PersonRole role, IEnumerable<PersonInput> persons)
    {
        var position = 0;
        foreach (var input in persons)
        {
            PersonRules.TryParseDate(input.DateOfBirth, out var dateOfBirth);
            application.Persons.Add(new ApplicationPerson
            {
                Role = role,
                Position = position++,
                Initials = PersonRules.NormaliseInitials(input.Initials!),
                Surname = input.Surname!.Trim(),
                DateOfBirth = dateOfBirth,
                Email = PersonRules.NormaliseEmail(input.Email!),
                Phone = PersonRules.NormalisePhone(input.Phone!),
                RequestedServices = input is UserInput user
                    ? user.ServiceIds.Distinct().Select(id => new RequestedService { ServiceId = id }).ToList()
                    : [],
            });
        }
    }

    private void EnqueueMails(Application application, string statusToken, string? confirmationToken)
    {
        var issuer = issuerOptions.Value;
        var statusUrl = issuer.Link(StatusLinks.PathFor(statusToken));
        foreach (var representative in application.PersonsIn(PersonRole.LegalRepresentative))
        {
            MailModel mail = confirmationToken is null
                ? new ApplicationSubmittedMail
                {
                    RecipientName = representative.FullName,
                    Reference = application.Reference,
                    OrganisationName = application.OrganisationName,
                    KvkNumber = application.KvkNumber,
                    LevelName = application.Level.DisplayName(),
                    StatusUrl = statusUrl,
                    NeedsContract = true,
                    IssuerName = issuer.Name,
                    IssuerPostalAddress = issuer.PostalAddressLine,
                    IsRush = application.Rush != RushOption.None,
                    SubmittedAtText = DutchDates.FormatWithTime(application.SubmittedAt),
                }
                : new ConfirmApplicationMail
                {
                    RecipientName = representative.FullName,
                    Reference = application.Reference,
                    OrganisationName = application.OrganisationName,
                    ConfirmUrl = issuer.Link(ApplicationConfirmation.PathFor(confirmationToken)),
                    ExpiresAtText = DutchDates.FormatWithTime(application.ConfirmationExpiresAt!.Value),
                    StatusUrl = statusUrl,
                    IssuerName = issuer.Name,
                };
            outbox.Enqueue(representative.Email, representative.FullName, mail);
        }
    }
}
