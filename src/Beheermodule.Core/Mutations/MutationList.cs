using Beheermodule.Core.Backoffice;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Mutations;

/// <summary>Where a page ends: the last row's receipt time and id.</summary>
public sealed record MutationCursor(DateTime ReceivedAt, int Id)
{
    public override string ToString() => $"{ReceivedAt.Ticks}.{Id}";

    public static MutationCursor? Parse(string? value)
    {
        var parts = value?.Split('.');
        return parts is [var ticks, var id] && long.TryParse(ticks, out var t) && t >= DateTime.MinValue.Ticks && t <= DateTime.MaxValue.Ticks
            && int.TryParse(id, out var i)
            ? new MutationCursor(new DateTime(t, DateTimeKind.Utc), i)
            : null;
    }
}

public sealed record MutationRow(
    int Id, string Reference, MutationKind Kind, MutationStatus Status, string KvkNumber, string? OrganisationName,
    bool MeansMatched, DateTime ReceivedAt, string? HandledBy, DateTime? HandledAt, decimal? Fee);

public sealed record MutationPage(IReadOnlyList<MutationRow> Rows, MutationCursor? Next, IReadOnlyDictionary<MutationStatus, int> Counts);

/// <summary>
/// The staff list: open mutations oldest first (who waited longest comes first), handled ones newest first; each
/// walks the (Status, ReceivedAt, Id) index by key.
/// </summary>
public sealed class MutationList(BeheermoduleDbContext db, IOptions<BackofficeOptions> options)
{
    public static readonly IReadOnlyList<MutationStatus> Tabs = [MutationStatus.Open, MutationStatus.Done, MutationStatus.Rejected];

    public async Task<MutationPage> PageAsync(MutationStatus status, MutationCursor? after, CancellationToken cancellationToken = default)
    {
        var mutations = db.Mutations.AsNoTracking().Where(m => m.Status == status);
        var oldestFirst = status == MutationStatus.Open;
        if (after is { } cursor)
        {
            mutations = oldestFirst
                ? mutations.Where(m => m.ReceivedAt > cursor.ReceivedAt || (m.ReceivedAt == cursor.ReceivedAt && m.Id > cursor.Id))
                : mutations.Where(m => m.ReceivedAt < cursor.ReceivedAt || (m.ReceivedAt == cursor.ReceivedAt && m.Id < cursor.Id));
        }
        mutations = oldestFirst
            ? mutations.OrderBy(m => m.ReceivedAt).ThenBy(m => m.Id)
            : mutations.OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id);
        var size = options.Value.PageSize;
        var rows = await mutations
            .Take(size + 1)
            .Select(m => new MutationRow(m.Id, m.Reference, m.Kind, m.Status, m.KvkNumber, m.Organisation == null ? null : m.Organisation.Name,
                m.MeansId != null, m.ReceivedAt, m.HandledBy, m.HandledAt, m.Fee))
            .ToListAsync(cancellationToken);
        var next = rows.Count > size ? new MutationCursor(rows[size - 1].ReceivedAt, rows[size - 1].Id) : null;
        return new MutationPage(rows.Take(size).ToList(), next, await CountsAsync(cancellationToken));
    }

    public async Task<IReadOnlyDictionary<MutationStatus, int>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.Mutations.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return Tabs.ToDictionary(t => t, t => counts.FirstOrDefault(c => c.Key == t)?.Count ?? 0);
    }
}
