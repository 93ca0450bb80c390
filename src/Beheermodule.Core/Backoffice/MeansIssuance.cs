using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Mutations;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Backoffice;

/// <summary>
/// What approval creates, in the caller's transaction: the organisation (if new), a means for every person
/// <see cref="MeansRecipients"/> names (users, and beheerders without a means), the machtigingenbeheerder role, the
/// requested machtigingen as pending, and one activation letter per means. An application for a new KvK number ends
/// the means it replaces (rule 11).
/// </summary>
public sealed class MeansIssuance(BeheermoduleDbContext db, IOptions<BackofficeOptions> options, RushDeadline calendar, KvkNumberChange kvkChange)
{
    public async Task<IReadOnlyList<Means>> IssueAsync(Application application, DateTime now, CancellationToken cancellationToken = default)
    {
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.KvkNumber == application.KvkNumber, cancellationToken)
            ?? db.Organisations.Add(new Organisation
            {
                KvkNumber = application.KvkNumber,
                Name = application.OrganisationName,
                LegalForm = application.LegalForm,
                Street = application.Street,
                HouseNumber = application.HouseNumber,
                PostalCode = application.PostalCode,
                City = application.City,
                CreatedAt = now,
            }).Entity;

        var today = calendar.Today(now);
        var validUntil = today.AddYears(options.Value.InitialAuthorizationYears);
        var grantedBy = $"aanvraag {application.Reference}";
        var issued = new List<Means>();

        var users = application.PersonsIn(PersonRole.MeansHolder).ToList();
        foreach (var user in users)
        {
            var upgraded = await UpgradableMeansAsync(application, user, cancellationToken);
            var means = upgraded ?? NewMeans(application, organisation, user, now);
            issued.Add(means);
            var alreadyAuthorised = upgraded is null ? [] : await db.Authorizations
                .Where(a => a.MeansId == upgraded.Id && a.ServiceId != null && (a.Status == AuthorizationStatus.Active || a.Status == AuthorizationStatus.Pending))
                .Select(a => a.ServiceId!.Value).ToListAsync(cancellationToken);
            foreach (var requested in user.RequestedServices.Where(r => !alreadyAuthorised.Contains(r.ServiceId)))
            {
                db.Authorizations.Add(new Authorization
                {
                    Means = means, Organisation = organisation, ServiceId = requested.ServiceId,
                    ValidFrom = today, ValidUntil = validUntil, CreatedAt = now, GrantedBy = grantedBy,
                });
            }
        }

        var userEmails = users.Select(u => (string?)u.Email).ToList();
        foreach (var recipient in MeansRecipients.Of(application).Where(r => r.Person.Role == PersonRole.AuthorizationManager))
        {
            var means = recipient.Case switch
            {
                MeansRecipientCase.BeheerderIsUser => issued[ManagerMeans.MatchingUser(recipient.Person.Email, userEmails)],
                MeansRecipientCase.BeheerderKeepsMeans => await db.Means.SingleAsync(m => m.Id == recipient.Person.KeepsMeansId, cancellationToken),
                _ => NewMeans(application, organisation, recipient.Person, now),
            };
            if (recipient.Case == MeansRecipientCase.BeheerderOwnMeans)
            {
                issued.Add(means);
            }
            else if (means.Id != 0 && await db.Authorizations.AnyAsync(a => a.MeansId == means.Id && a.IsManagerRole
                && (a.Status == AuthorizationStatus.Active || a.Status == AuthorizationStatus.Pending), cancellationToken))
            {
                // A means that is beheerder already (an upgraded one, or a colleague's) keeps its role.
                continue;
            }
            db.Authorizations.Add(new Authorization
            {
                Means = means, Organisation = organisation, IsManagerRole = true,
                // A means kept in use is not activated again: its new role holds at once. Others wait for their activation.
                Status = recipient.Case == MeansRecipientCase.BeheerderKeepsMeans && means.Status == MeansStatus.Active ? AuthorizationStatus.Active : AuthorizationStatus.Pending,
                ValidFrom = today, ValidUntil = today.AddYears(5), CreatedAt = now, GrantedBy = grantedBy,
            });
        }

        if (application.Level.NeedsContract())
        {
            var recipient = application.PersonsIn(PersonRole.LegalRepresentative).First();
            foreach (var means in issued)
            {
                db.ActivationLetters.Add(new ActivationLetter
                {
                    Means = means,
                    ApplicationId = application.Id,
                    Priority = application.Rush switch
                    {
                        RushOption.Courier => LetterPriority.RushCourier,
                        RushOption.SameDay => LetterPriority.Rush,
                        _ => LetterPriority.Normal,
                    },
                    RecipientName = recipient.FullName,
                    Street = application.Street,
                    HouseNumber = application.HouseNumber,
                    PostalCode = application.PostalCode,
                    City = application.City,
                    CreatedAt = now,
                    Reason = $"Goedkeuring aanvraag {application.Reference}",
                });
            }
        }
        await kvkChange.EndReplacedMeansAsync(application, cancellationToken);
        return issued;
    }

    /// <summary>
    /// Rule 13: the means this user upgrades, as matched at submission, while it is still active below the new level;
    /// it gets the new level as pending and a letter of its own, and keeps its machtigingen. Otherwise a new means.
    /// </summary>
    private async Task<Means?> UpgradableMeansAsync(Application application, ApplicationPerson user, CancellationToken cancellationToken)
    {
        if (user.UpgradesMeansId is not { } meansId)
        {
            return null;
        }
        var means = await db.Means.SingleOrDefaultAsync(m => m.Id == meansId && m.Status == MeansStatus.Active && m.Level < application.Level, cancellationToken);
        if (means is not null)
        {
            means.PendingLevel = application.Level;
        }
        return means;
    }

    private Means NewMeans(Application application, Organisation organisation, ApplicationPerson person, DateTime now) =>
        db.Means.Add(new Means
        {
            Organisation = organisation,
            BranchNumber = application.BranchNumber,
            Level = application.Level,
            ApplicationId = application.Id,
            ApplicationPersonId = person.Id,
            HolderInitials = person.Initials,
            HolderSurname = person.Surname,
            HolderDateOfBirth = person.DateOfBirth,
            HolderEmail = person.Email,
            HolderMobile = person.Phone,
            CreatedAt = now,
        }).Entity;
}
