using System.Security.Cryptography;
using System.Text;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Infrastructure;

/// <summary>
/// Development only: a few hardware tokens in stock, so enrolment and the helpdesk pages can be tried. Their seeds
/// follow from the serial number, and /dev/otp shows their codes in place of the token's display.
/// </summary>
public sealed class DemoTokens(BeheermoduleDbContext db, OtpSeedProtector seeds, AuditLog audit, TimeProvider clock, DemoLoginHints hints)
{
    public static readonly IReadOnlyList<(string SerialNumber, OtpResponderKind Kind)> Tokens =
    [
        ("DEMO-TOTP-0001", OtpResponderKind.HardwareTotp),
        ("DEMO-TOTP-0002", OtpResponderKind.HardwareTotp),
        ("DEMO-HOTP-0001", OtpResponderKind.HardwareHotp),
    ];

    private static byte[] SeedOf(string serialNumber) => SHA256.HashData(Encoding.UTF8.GetBytes($"Beheermodule demo token {serialNumber}"))[..20];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        var serials = Tokens.Select(t => t.SerialNumber).ToList();
        var present = await db.HardwareTokens.Where(t => serials.Contains(t.SerialNumber)).Select(t => t.SerialNumber).ToListAsync(cancellationToken);
        var missing = Tokens.Where(t => !present.Contains(t.SerialNumber)).ToList();
        if (missing.Count > 0)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            db.HardwareTokens.AddRange(missing.Select(t => new HardwareToken
            {
                SerialNumber = t.SerialNumber,
                Kind = t.Kind,
                ProtectedSeed = seeds.Protect(SeedOf(t.SerialNumber)),
                ImportedAt = now,
                ImportedBy = "demo",
            }));
            audit.Record(AuditActor.System("demo"), "otp.tokens-imported", details: $"{missing.Count} demo-tokens.");
            await db.SaveChangesAsync(cancellationToken);
        }
        hints.Add([$"Demo OTP-tokens op voorraad: {string.Join(", ", serials)}; hun codes op /dev/otp"]);
    }

    /// <summary>What each demo token would show now: a TOTP token's current code, an HOTP token's next press.</summary>
    public async Task<IReadOnlyList<(string SerialNumber, string Code)>> CurrentCodesAsync(CancellationToken cancellationToken = default)
    {
        var serials = Tokens.Select(t => t.SerialNumber).ToList();
        var tokens = await db.HardwareTokens.AsNoTracking().Include(t => t.OtpResponder)
            .Where(t => serials.Contains(t.SerialNumber))
            .OrderBy(t => t.SerialNumber)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return tokens.Select(t => (t.SerialNumber, t.Kind == OtpResponderKind.HardwareHotp
            ? HotpCode.Compute(SeedOf(t.SerialNumber), t.OtpResponder?.HotpCounter ?? 0)
            : TotpCode.Compute(SeedOf(t.SerialNumber), now))).ToList();
    }
}
