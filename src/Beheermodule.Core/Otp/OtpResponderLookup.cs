using Beheermodule.Core.Accounts;
using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Otp;

/// <summary>A hardware token as the helpdesk sees it: in stock, or whose responder it is and for which organisations.</summary>
public sealed record OtpTokenCard(HardwareToken Token, OtpResponder? Responder, UserAccount? Holder, IReadOnlyList<Means> Means)
{
    public string State => Responder?.Status.DisplayName() ?? "In voorraad";
}

/// <summary>Rule 7: the helpdesk says whose a responder is from the number on it.</summary>
public sealed class OtpResponderLookup(BeheermoduleDbContext db)
{
    public async Task<OtpTokenCard?> FindAsync(string? serial, CancellationToken cancellationToken = default)
    {
        var serialNumber = HardwareTokenSerial.Normalise(serial);
        if (serialNumber is null)
        {
            return null;
        }
        var token = await db.HardwareTokens.AsNoTracking().Include(t => t.OtpResponder)
            .SingleOrDefaultAsync(t => t.SerialNumber == serialNumber, cancellationToken);
        if (token is null)
        {
            return null;
        }
        if (token.OtpResponder is not { } responder)
        {
            return new OtpTokenCard(token, null, null, []);
        }
        var holder = await db.Users.AsNoTracking().SingleAsync(u => u.Id == responder.UserAccountId, cancellationToken);
        var means = await db.Means.AsNoTracking().Include(m => m.Organisation)
            .Where(m => m.UserAccountId == responder.UserAccountId)
            .OrderBy(m => m.Organisation.Name).ThenBy(m => m.Id)
            .ToListAsync(cancellationToken);
        return new OtpTokenCard(token, responder, holder, means);
    }
}
