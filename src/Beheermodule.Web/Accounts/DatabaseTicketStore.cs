using System.Security.Claims;
using System.Security.Cryptography;
using Beheermodule.Core.Accounts.Sessions;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// Keeps signed-in sessions in the database (<see cref="AccountSession"/>); the cookie holds only a random key.
/// Log-out deletes the row, so a copied cookie is refused afterwards. Each call uses a scope of its own: a sign-in
/// happens in the middle of a page's unit of work, which must not be saved along with it.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider dataProtection, TimeProvider clock) : ITicketStore
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("Beheermodule.AccountSession");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        var accountId = AccountId(ticket);
        // Sessions that ran out are tidied away here, per account, rather than by a job of their own.
        await db.AccountSessions.Where(s => s.UserAccountId == accountId && s.ExpiresAt <= now).ExecuteDeleteAsync();
        db.AccountSessions.Add(new AccountSession
        {
            Id = Hash(key),
            UserAccountId = accountId,
            ProtectedTicket = Protect(ticket),
            CreatedAt = now,
            ExpiresAt = ExpiresAt(ticket, now),
        });
        await db.SaveChangesAsync();
        return key;
    }

    public async Task RenewAsync(string key, AuthenticationTicket ticket)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Hash(key);
        var protectedTicket = Protect(ticket);
        var expiresAt = ExpiresAt(ticket, now);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        var updated = await db.AccountSessions
            .Where(s => s.Id == id)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.ProtectedTicket, protectedTicket).SetProperty(s => s.ExpiresAt, expiresAt));
        if (updated == 0)
        {
            // Signing in again inside a session (after enrolling an authenticator) renews its key, while the new
            // security stamp that came with it has just deleted the row. Only a request that holds a live session
            // or is signing in gets here: a copied cookie of a deleted session is refused at retrieval.
            db.AccountSessions.Add(new AccountSession
            {
                Id = id,
                UserAccountId = AccountId(ticket),
                ProtectedTicket = protectedTicket,
                CreatedAt = now,
                ExpiresAt = expiresAt,
            });
            await db.SaveChangesAsync();
        }
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var id = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        var stored = await scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>().AccountSessions.AsNoTracking()
            .Where(s => s.Id == id && s.ExpiresAt > now)
            .Select(s => s.ProtectedTicket)
            .FirstOrDefaultAsync();
        return stored is null ? null : TicketSerializer.Default.Deserialize(_protector.Unprotect(stored));
    }

    public async Task RemoveAsync(string key)
    {
        var id = Hash(key);
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>().AccountSessions
            .Where(s => s.Id == id)
            .ExecuteDeleteAsync();
    }

    private static string AccountId(AuthenticationTicket ticket) =>
        ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A session needs an account.");

    private byte[] Protect(AuthenticationTicket ticket) => _protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static DateTime ExpiresAt(AuthenticationTicket ticket, DateTime now) =>
        ticket.Properties.ExpiresUtc?.UtcDateTime ?? now + SessionLifetime.Idle;

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)));
}
