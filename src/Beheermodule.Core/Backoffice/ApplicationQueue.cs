using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Backoffice;

/// <summary>Filters on the queue; <see cref="After"/> is the keyset cursor of the previous page's last row.</summary>
public sealed record QueueQuery(
    ApplicationStatus Status,
    AssuranceLevel? Level = null,
    bool RushOnly = false,
    int? OlderThanDays = null,
    string? Search = null,
    QueueCursor? After = null);

/// <summary>Where a page ends: rush first, then oldest first, then by id.</summary>
public sealed record QueueCursor(bool IsRush, DateTime SubmittedAt, int Id)
{
    public override string ToString() => $"{(IsRush ? 1 : 0)}.{SubmittedAt.Ticks}.{Id}";

    public static QueueCursor? Parse(string? value)
    {
        var parts = value?.Split('.');
        return parts is [var rush, var ticks, var id] && (rush is "0" or "1") && long.TryParse(ticks, out var t)
            && t >= DateTime.MinValue.Ticks && t <= DateTime.MaxValue.Ticks && int.TryParse(id, out var i)
            ? new QueueCursor(rush == "1", new DateTime(t, DateTimeKind.Utc), i)
            : null;
    }
}

public sealed record QueueRow(
    int Id, string Reference, string OrganisationName, string KvkNumber, string? BranchNumber, AssuranceLevel Level,
    RushOption Rush, ApplicationStatus Status, DateTime SubmittedAt, DateOnly? ContractReceivedOn, DateTime? RushDeadline, bool IsOverdue)
{
    public bool IsRush => Rush != RushOption.None;
}

public sealed record QueuePage(IReadOnlyList<QueueRow> Rows, QueueCursor? Next, IReadOnlyDictionary<ApplicationStatus, int> Counts);

/// <summary>
/// The backoffice queue. The default views walk the (Status, IsRush, SubmittedAt, Id) index by key, so a page
/// costs the same at row 100,000 as at row 1.
/// </summary>
public sealed class ApplicationQueue(BeheermoduleDbContext db, IOptions<BackofficeOptions> options, RushDeadline deadlines, QueueCounts counts, TimeProvider clock)
{
    public static readonly IReadOnlyList<ApplicationStatus> Tabs =
    [
        ApplicationStatus.AwaitingContract, ApplicationStatus.UnderReview, ApplicationStatus.Incomplete,
        ApplicationStatus.Approved, ApplicationStatus.Completed, ApplicationStatus.Rejected,
    ];

    public async Task<QueuePage> PageAsync(QueueQuery query, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var applications = Filtered(query, now);
        if (query.After is { } after)
        {
            // Rush (true) sorts before normal (false): "after" means a lower rush flag, or the same flag and later.
            // Written as a bound on SubmittedAt (>=) plus the tie-break, and with the flag as a parameter rather than
            // NOT IsRush, so the index seeks to the cursor instead of reading the state from its first row.
            var normal = false;
            applications = after.IsRush
                ? applications.Where(a => a.IsRush == normal || (a.SubmittedAt >= after.SubmittedAt && (a.SubmittedAt > after.SubmittedAt || a.Id > after.Id)))
                : applications.Where(a => a.IsRush == normal && a.SubmittedAt >= after.SubmittedAt && (a.SubmittedAt > after.SubmittedAt || a.Id > after.Id));
        }
        var size = options.Value.PageSize;
        var rows = await applications
            .OrderByDescending(a => a.IsRush).ThenBy(a => a.SubmittedAt).ThenBy(a => a.Id)
            .Take(size + 1)
            .Select(a => new { a.Id, a.Reference, a.OrganisationName, a.KvkNumber, a.BranchNumber, a.Level, a.Rush, a.Status, a.SubmittedAt, a.ContractReceivedOn, a.IsRush })
            .ToListAsync(cancellationToken);
        var next = rows.Count > size ? new QueueCursor(rows[size - 1].IsRush, rows[size - 1].SubmittedAt, rows[size - 1].Id) : null;
        var page = rows.Take(size).Select(a =>
        {
            var received = a.IsRush ? a.ContractReceivedOn : null;
            return new QueueRow(a.Id, a.Reference, a.OrganisationName, a.KvkNumber, a.BranchNumber, a.Level, a.Rush, a.Status,
                a.SubmittedAt, a.ContractReceivedOn, received is { } day ? deadlines.For(day) : null,
                received is { } on && deadlines.IsOverdue(on, a.Status, now));
        }).ToList();
        return new QueuePage(page, next, await CountsAsync(cancellationToken));
    }

    /// <summary>Counts per tab, from the status index alone, at most a few seconds old.</summary>
    public Task<IReadOnlyDictionary<ApplicationStatus, int>> CountsAsync(CancellationToken cancellationToken = default) =>
        counts.GetAsync(db, cancellationToken);

    /// <summary>The scan box: a reference (typed, or read from the contract's QR code) opens its application.</summary>
    public async Task<int?> FindByReferenceAsync(string? reference, CancellationToken cancellationToken = default)
    {
        var normalised = reference?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(normalised) || normalised.Length > 20)
        {
            return null;
        }
        return await db.Applications.Where(a => a.Reference == normalised).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
    }

    private IQueryable<Application> Filtered(QueueQuery query, DateTime now)
    {
        var applications = db.Applications.AsNoTracking();
        var search = query.Search?.Trim();
        if (string.IsNullOrEmpty(search))
        {
            applications = applications.Where(a => a.Status == query.Status);
        }
        else
        {
            // A search looks in every state: the person asking does not know which tab it is in.
            applications = SearchIn(applications, search);
        }
        if (query.Level is { } level)
        {
            applications = applications.Where(a => a.Level == level);
        }
        if (query.RushOnly)
        {
            applications = applications.Where(a => a.IsRush);
        }
        if (query.OlderThanDays is > 0 and var days)
        {
            var before = now.AddDays(-days);
            applications = applications.Where(a => a.SubmittedAt <= before);
        }
        return applications;
    }

    private IQueryable<Application> SearchIn(IQueryable<Application> applications, string search)
    {
        var upper = search.ToUpperInvariant();
        if (upper.StartsWith("EH-") || upper.StartsWith("DEMO-"))
        {
            return applications.Where(a => a.Reference == upper);
        }
        var digits = new string(search.Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());
        if (digits.Length == 8 && digits.All(char.IsAsciiDigit))
        {
            return applications.Where(a => a.KvkNumber == digits);
        }
        var pattern = $"%{EscapeLike(search.ToLowerInvariant())}%";
        var matchingPersons = db.ApplicationPersons
            .Where(p => EF.Functions.Like(p.Surname.ToLower(), pattern, "\\") || EF.Functions.Like(p.Email.ToLower(), pattern, "\\"))
            .Select(p => p.ApplicationId);
        return applications.Where(a => EF.Functions.Like(a.OrganisationName.ToLower(), pattern, "\\") || matchingPersons.Contains(a.Id));
    }

    private static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");
}
