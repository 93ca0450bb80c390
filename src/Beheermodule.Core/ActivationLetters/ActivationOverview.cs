using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>Where one means stands between approval and activation: its newest letter and that letter's code.</summary>
public sealed record MeansActivationState(
    int MeansId,
    string HolderName,
    MeansStatus MeansStatus,
    int? PrintBatchId,
    DateTime? PrintedAt,
    ActivationCodeStatus? CodeStatus,
    DateTime? CodeExpiresAt);

/// <summary>For the helpdesk: has each means of an application had its letter printed, and does its code still work?</summary>
public sealed class ActivationOverview(BeheermoduleDbContext db)
{
    public async Task<IReadOnlyList<MeansActivationState>> ForApplicationAsync(int applicationId, DateTime now, CancellationToken cancellationToken = default)
    {
        var rows = await db.Means.AsNoTracking()
            .Where(m => m.ApplicationId == applicationId)
            .OrderBy(m => m.Id)
            .Select(m => new
            {
                m.Id, m.HolderInitials, m.HolderSurname, m.Status,
                Letter = db.ActivationLetters.Where(l => l.MeansId == m.Id).OrderByDescending(l => l.Id)
                    .Select(l => new { l.PrintBatchId, l.PrintedAt }).FirstOrDefault(),
                Code = db.ActivationCodes.Where(c => c.MeansId == m.Id).OrderByDescending(c => c.Id).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new MeansActivationState(
            r.Id, $"{r.HolderInitials} {r.HolderSurname}", r.Status, r.Letter?.PrintBatchId, r.Letter?.PrintedAt,
            r.Code?.StatusAt(now), r.Code?.ExpiresAt)).ToList();
    }
}
