using System.Security.Cryptography;
using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Otp;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Infrastructure;

/// <summary>
/// Development only: two staff accounts with an enrolled authenticator, so four eyes can be tried at once.
/// Their current codes are on /dev/otp.
/// </summary>
public sealed class DemoStaff(StaffAccounts staff, UserManager<UserAccount> users, BeheermoduleDbContext db, OtpSeedProtector seeds, TimeProvider clock, DemoLoginHints hints)
{
    public static readonly IReadOnlyList<(string UserName, string Password, string Role, string Initials, string Surname)> Accounts =
    [
        ("helpdesk", "Balie-2026", StaffRoles.Helpdesk, "H.", "de Vries"),
        ("supervisor", "Toezicht-2026", StaffRoles.HelpdeskSupervisor, "S.", "Bakker"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var (userName, password, role, initials, surname) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }
            var (created, errors) = await staff.CreateAsync(new NewStaffAccount(userName, initials, surname, $"{userName}@example.nl", role), AuditActor.System("demo"), password);
            if (created is null)
            {
                throw new InvalidOperationException($"Demo account {userName} could not be created: {string.Join(" ", errors)}");
            }
            var account = (await users.FindByNameAsync(userName))!;
            db.OtpResponders.Add(new OtpResponder
            {
                UserAccountId = account.Id,
                Kind = OtpResponderKind.AuthenticatorApp,
                Label = "Demo-authenticator",
                ProtectedSeed = seeds.Protect(RandomNumberGenerator.GetBytes(20)),
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
            await users.SetTwoFactorEnabledAsync(account, true);
        }
        hints.Add(Accounts.Select(a => $"Backoffice-login ({StaffRoles.DisplayName(a.Role)}): {a.UserName} / {a.Password}, code op /dev/otp"));
    }

    /// <summary>The demo accounts' current codes (staff and the demo holder), for /dev/otp.</summary>
    public async Task<IReadOnlyList<(string UserName, string Code)>> CurrentCodesAsync(CancellationToken cancellationToken = default)
    {
        var names = Accounts.Select(a => a.UserName).Append(DemoHolder.UserName).ToList();
        var responders = await db.OtpResponders.AsNoTracking()
            .Join(db.Users, r => r.UserAccountId, u => u.Id, (r, u) => new { u.UserName, r.ProtectedSeed, r.Status })
            .Where(x => names.Contains(x.UserName!) && x.Status == OtpResponderStatus.Active)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        return responders.Select(r => (r.UserName!, TotpCode.Compute(seeds.Unprotect(r.ProtectedSeed), now))).ToList();
    }
}
