using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Authorizations;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.AuthorizationManagement.Lifetimes;

/// <summary>
/// The daily check: machtigingen past their end date expire, unused ones lapse, holders and beheerders hear 60 and
/// 14 days ahead, and legal representatives hear of aanmeldcodes about to expire. Idempotent: everything done is
/// marked, so a second run the same day changes and sends nothing. Work is saved in batches of
/// <see cref="BatchSize"/>, each batch one transaction; the run's audit event goes with the last batch.
/// </summary>
public sealed class AuthorizationLifetimes(
    BeheermoduleDbContext db,
    MailOutbox outbox,
    AuditLog audit,
    AuthorizationLifetime rules,
    IOptions<AuthorizationLifetimesOptions> options,
    IOptions<IssuerOptions> issuer,
    TimeProvider clock)
{
    public const string EndedBy = "dagelijkse controle";
    public const string RunAction = "authorizations.daily-run";
    public const int BatchSize = 200;

    private static readonly AuditActor Actor = AuditActor.System("machtigingen");

    public async Task<DailyRunCounts> RunAsync(DateOnly today, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var expired = await ExpireAsync(today, now, cancellationToken);
        var lapsed = await LapseAsync(today, now, cancellationToken);
        var reminders = await RemindAsync(today, now, cancellationToken);
        var codes = await WarnOfExpiringCodesAsync(now, cancellationToken);
        var counts = new DailyRunCounts(expired, lapsed, reminders.First, reminders.Second, reminders.Mails, codes.Codes, codes.Mails);
        audit.Record(Actor, RunAction, details: $"{DutchDates.Format(today)}: {counts.Describe()}");
        await db.SaveChangesAsync(cancellationToken);
        return counts;
    }

    private async Task<int> ExpireAsync(DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var page = await db.Authorizations.Include(a => a.Organisation)
                .Where(a => a.Id > lastId && (a.Status == AuthorizationStatus.Pending || a.Status == AuthorizationStatus.Active) && a.ValidUntil < today)
                .OrderBy(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var authorization in page.Where(a => AuthorizationLifetime.IsExpiredOn(a, today)))
            {
                AuthorizationLifetime.End(authorization, AuthorizationStatus.Expired, now);
                audit.Record(Actor, "authorization.expired", kvkNumber: authorization.Organisation.KvkNumber,
                    details: $"Machtiging {authorization.Id} verlopen: geldig tot en met {DutchDates.Format(authorization.ValidUntil)}.");
                count++;
            }
            if (page.Count < BatchSize)
            {
                return count;
            }
            lastId = page[^1].Id;
            await SaveBatchAsync(cancellationToken);
        }
    }

    private async Task<int> LapseAsync(DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        // The database narrows the candidates generously; the exact rule is applied to each one below.
        var latestStart = today.AddMonths(-options.Value.LapseMonths).AddDays(1);
        var usedBefore = latestStart.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var count = 0;
        var lastId = 0;
        while (true)
        {
            var page = await db.Authorizations.Include(a => a.Organisation).Include(a => a.Means)
                .Where(a => a.Id > lastId && a.Status == AuthorizationStatus.Active && a.ValidFrom <= latestStart
                    && (a.LastUsedAt == null || a.LastUsedAt < usedBefore))
                .OrderBy(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var authorization in page)
            {
                var lastActivity = AuthorizationLifetime.LastActivityOn(authorization, DutchDay(authorization.LastUsedAt), DutchDay(authorization.Means.ActivatedAt));
                if (rules.HasLapsedOn(authorization, lastActivity, today))
                {
                    AuthorizationLifetime.End(authorization, AuthorizationStatus.Lapsed, now);
                    audit.Record(Actor, "authorization.lapsed", kvkNumber: authorization.Organisation.KvkNumber,
                        details: $"Machtiging {authorization.Id} vervallen: niet gebruikt sinds {DutchDates.Format(lastActivity)}.");
                    count++;
                }
            }
            if (page.Count < BatchSize)
            {
                return count;
            }
            lastId = page[^1].Id;
            await SaveBatchAsync(cancellationToken);
        }
    }

    private async Task<(int First, int Second, int Mails)> RemindAsync(DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var horizon = today.AddDays(options.Value.FirstReminderDays);
        int first = 0, second = 0, mails = 0;
        var lastId = 0;
        while (true)
        {
            var page = await db.Authorizations
                .Include(a => a.Organisation).Include(a => a.Means).Include(a => a.Service!).ThenInclude(s => s.ServiceProvider)
                .Where(a => a.Id > lastId && (a.Status == AuthorizationStatus.Pending || a.Status == AuthorizationStatus.Active)
                    && a.ValidUntil >= today && a.ValidUntil <= horizon && (a.Reminder60SentAt == null || a.Reminder14SentAt == null)
                    && a.Means.Status != MeansStatus.Ended)
                .OrderBy(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            var due = page.Select(a => (Authorization: a, Reminder: rules.DueReminder(a, today)))
                .Where(d => d.Reminder is not null).ToList();
            if (due.Count > 0)
            {
                mails += await SendRemindersAsync(due.Select(d => d.Authorization).ToList(), today, cancellationToken);
                foreach (var (authorization, reminder) in due)
                {
                    AuthorizationLifetime.MarkSent(authorization, reminder!.Value, now);
                    if (reminder == ExpiryReminder.First)
                    {
                        first++;
                    }
                    else
                    {
                        second++;
                    }
                }
            }
            if (page.Count < BatchSize)
            {
                return (first, second, mails);
            }
            lastId = page[^1].Id;
            await SaveBatchAsync(cancellationToken);
        }
    }

    /// <summary>One message per recipient: each holder about their own machtigingen, each beheerder about all of their organisation's.</summary>
    private async Task<int> SendRemindersAsync(IReadOnlyList<Authorization> due, DateOnly today, CancellationToken cancellationToken)
    {
        var organisationIds = due.Select(a => a.OrganisationId).Distinct().ToList();
        var managers = await db.Authorizations.AsNoTracking()
            .Where(a => organisationIds.Contains(a.OrganisationId) && a.IsManagerRole && a.Status == AuthorizationStatus.Active
                && a.ValidUntil >= today && a.Means.Status == MeansStatus.Active)
            .Select(a => new { a.OrganisationId, a.Means.HolderEmail, Name = a.Means.HolderInitials + " " + a.Means.HolderSurname })
            .ToListAsync(cancellationToken);

        var recipients = new Dictionary<string, (string Name, List<Authorization> Items)>(StringComparer.OrdinalIgnoreCase);
        void Add(string email, string name, Authorization authorization)
        {
            if (!recipients.TryGetValue(email, out var recipient))
            {
                recipient = (name, []);
                recipients[email] = recipient;
            }
            if (!recipient.Items.Contains(authorization))
            {
                recipient.Items.Add(authorization);
            }
        }
        foreach (var authorization in due)
        {
            Add(authorization.Means.HolderEmail, authorization.Means.HolderName, authorization);
            foreach (var manager in managers.Where(m => m.OrganisationId == authorization.OrganisationId))
            {
                Add(manager.HolderEmail, manager.Name, authorization);
            }
        }

        foreach (var (email, (name, items)) in recipients.OrderBy(r => r.Key, StringComparer.OrdinalIgnoreCase))
        {
            outbox.Enqueue(email, name, new AuthorizationExpiryReminderMail
            {
                RecipientName = name,
                Authorizations = items.OrderBy(a => a.ValidUntil).ThenBy(a => a.Organisation.Name).ThenBy(a => a.Means.HolderSurname)
                    .Select(a => new ExpiringAuthorization(a.Means.HolderName, a.Organisation.Name, Describe(a),
                        DutchDates.Format(a.ValidUntil), a.ValidUntil.DayNumber - today.DayNumber))
                    .ToList(),
                ManageUrl = issuer.Value.Link("beheer"),
                IssuerName = issuer.Value.Name,
            });
        }
        return recipients.Count;
    }

    private async Task<(int Codes, int Mails)> WarnOfExpiringCodesAsync(DateTime now, CancellationToken cancellationToken)
    {
        var warnBefore = now.AddDays(options.Value.CodeWarningDays);
        int codes = 0, mails = 0;
        var lastId = 0;
        while (true)
        {
            var page = await db.ActivationCodes
                .Where(c => c.Id > lastId && c.Status == ActivationCodeStatus.Issued && c.UsedAt == null && c.ExpiryWarningSentAt == null
                    && c.ExpiresAt > now && c.ExpiresAt <= warnBefore)
                .OrderBy(c => c.Id).Take(BatchSize).ToListAsync(cancellationToken);
            var meansIds = page.Select(c => c.MeansId).Distinct().ToList();
            // An upgrade's code too (rule 13): until it is used the means stays suspended.
            var means = await db.Means.AsNoTracking().Include(m => m.Organisation)
                .Where(m => meansIds.Contains(m.Id) && (m.Status == MeansStatus.AwaitingActivation || m.PendingLevel != null))
                .ToDictionaryAsync(m => m.Id, cancellationToken);
            // The representatives of the application the code's letter came from: an upgrade's, not the first one's.
            var letterIds = page.Where(c => c.ActivationLetterId != null).Select(c => c.ActivationLetterId!.Value).ToList();
            var letterApplications = await db.ActivationLetters.AsNoTracking().Where(l => letterIds.Contains(l.Id))
                .ToDictionaryAsync(l => l.Id, l => l.ApplicationId, cancellationToken);
            int ApplicationOf(ActivationCode code) =>
                code.ActivationLetterId is { } letterId && letterApplications.TryGetValue(letterId, out var applicationId) ? applicationId : means[code.MeansId].ApplicationId;

            var warned = page.Where(c => means.ContainsKey(c.MeansId)).ToList();
            var applicationIds = warned.Select(ApplicationOf).Distinct().ToList();
            var representatives = await db.ApplicationPersons.AsNoTracking()
                .Where(p => applicationIds.Contains(p.ApplicationId) && p.Role == PersonRole.LegalRepresentative)
                .ToListAsync(cancellationToken);
            var letters = warned
                .SelectMany(c => representatives.Where(p => p.ApplicationId == ApplicationOf(c))
                    .Select(p => (Representative: p, Code: c, Means: means[c.MeansId])))
                .GroupBy(x => (Email: x.Representative.Email.ToUpperInvariant(), x.Means.OrganisationId));
            foreach (var letter in letters)
            {
                var first = letter.First();
                outbox.Enqueue(first.Representative.Email, first.Representative.FullName, new ActivationCodeExpiringMail
                {
                    RecipientName = first.Representative.FullName,
                    OrganisationName = first.Means.Organisation.Name,
                    Codes = letter.DistinctBy(x => x.Code.Id).OrderBy(x => x.Code.ExpiresAt)
                        .Select(x => new ExpiringActivationCode(x.Means.HolderName, DutchDates.FormatWithTime(x.Code.ExpiresAt)))
                        .ToList(),
                    NewLetterUrl = issuer.Value.Link("mutaties?soort=NewActivationLetter"),
                    ActivationUrl = issuer.Value.ActivationLink,
                    HelpdeskPhone = issuer.Value.HelpdeskPhone,
                    HelpdeskHours = issuer.Value.HelpdeskHours,
                    IssuerName = issuer.Value.Name,
                });
                mails++;
            }
            foreach (var code in warned)
            {
                code.ExpiryWarningSentAt = now;
                codes++;
            }
            if (page.Count < BatchSize)
            {
                return (codes, mails);
            }
            lastId = page[^1].Id;
            await SaveBatchAsync(cancellationToken);
        }
    }

    private async Task SaveBatchAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static DateOnly? DutchDay(DateTime? utc) => utc is { } moment ? DateOnly.FromDateTime(DutchDates.ToLocal(moment)) : null;

    private static string Describe(Authorization authorization) =>
        authorization.BranchNumber is { } branch ? $"{authorization.What} (alleen vestiging {branch})" : authorization.What;
}

/// <summary>What one daily run did; audited with the run.</summary>
public sealed record DailyRunCounts(int Expired, int Lapsed, int FirstReminders, int SecondReminders, int ReminderMails, int CodeWarnings, int CodeWarningMails)
{
    public string Describe() =>
        $"verlopen {Expired}, vervallen {Lapsed}, eerste herinneringen {FirstReminders}, tweede herinneringen {SecondReminders}, " +
        $"e-mails over machtigingen {ReminderMails}, aanmeldcodes bijna verlopen {CodeWarnings}, e-mails aan wettelijk vertegenwoordigers {CodeWarningMails}";
}
