using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Otp;

/// <summary>
/// Brings the vendor's token file into stock: checked in full against the file and the stock, then every token in
/// one transaction, or none. The audit trail records how many, never a seed.
/// </summary>
public sealed class HardwareTokenImport(BeheermoduleDbContext db, OtpSeedProtector protector, AuditLog audit, TimeProvider clock)
{
    /// <summary>The vendor's files hold a few thousand tokens at most; anything bigger is not such a file.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    public sealed record Result(HardwareTokenFile File, bool Imported)
    {
        public int Count => File.Rows.Count;
    }

    /// <summary>What importing would do, row by row, without changing anything.</summary>
    public async Task<HardwareTokenFile> PreviewAsync(string? text, CancellationToken cancellationToken = default)
    {
        var file = HardwareTokenFile.Parse(text);
        var serials = file.Rows.Select(r => r.SerialNumber).Where(s => s.Length > 0).ToList();
        var inStock = (await db.HardwareTokens.Where(t => serials.Contains(t.SerialNumber)).Select(t => t.SerialNumber).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        return file with
        {
            Rows = file.Rows.Select(r => inStock.Contains(r.SerialNumber) ? r.WithError($"Serienummer {r.SerialNumber} zit al in de voorraad.") : r).ToList(),
        };
    }

    public Task<Result> ImportAsync(string? text, string staff, CancellationToken cancellationToken = default) =>
        ImportAsync(text, staff, retryOnConflict: true, cancellationToken);

    private async Task<Result> ImportAsync(string? text, string staff, bool retryOnConflict, CancellationToken cancellationToken)
    {
        var file = await PreviewAsync(text, cancellationToken);
        var actor = AuditActor.Account(staff);
        if (!file.IsValid)
        {
            audit.Record(actor, "otp.tokens-import", AuditOutcome.Refused,
                details: $"{file.Rows.Count(r => !r.IsValid)} van {file.Rows.Count} regels afgekeurd; niets ingelezen.");
            await db.SaveChangesAsync(cancellationToken);
            return new Result(file, Imported: false);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var row in file.Rows)
        {
            db.HardwareTokens.Add(new HardwareToken
            {
                SerialNumber = row.SerialNumber,
                Kind = row.Kind!.Value,
                ProtectedSeed = protector.Protect(row.Seed!),
                ImportedAt = now,
                ImportedBy = staff,
            });
        }
        audit.Record(actor, "otp.tokens-imported", details:
            $"{file.Rows.Count} tokens ({file.Rows.Count(r => r.Kind == OtpResponderKind.HardwareTotp)} TOTP, {file.Rows.Count(r => r.Kind == OtpResponderKind.HardwareHotp)} HOTP).");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (retryOnConflict)
        {
            // Someone imported an overlapping file in the meantime: the unique serial number refused it, so nothing
            // of this file is in stock. Show which serials are taken now.
            db.ChangeTracker.Clear();
            return await ImportAsync(text, staff, retryOnConflict: false, cancellationToken);
        }
        return new Result(file, Imported: true);
    }

    public async Task<(int InStock, int InUse)> CountsAsync(CancellationToken cancellationToken = default)
    {
        var counts = await db.HardwareTokens.GroupBy(t => t.OtpResponderId == null)
            .Select(g => new { InStock = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return (counts.Where(c => c.InStock).Sum(c => c.Count), counts.Where(c => !c.InStock).Sum(c => c.Count));
    }
}
