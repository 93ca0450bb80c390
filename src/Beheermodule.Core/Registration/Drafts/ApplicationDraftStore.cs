using System.Text.Json;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Registration.Drafts;

/// <summary>Keeps the wizard's state on the server, found by the hash of the browser's draft token.</summary>
public sealed class ApplicationDraftStore(BeheermoduleDbContext db, TimeProvider clock, IOptions<RegistrationOptions> options)
{
    public sealed record OpenDraft(ApplicationDraft Draft, ApplicationDraftData Data);

    public async Task<OpenDraft?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }
        var hash = SecretToken.Hash(token);
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = await db.ApplicationDrafts.SingleOrDefaultAsync(d => d.TokenHash == hash && d.ExpiresAt > now, cancellationToken);
        return draft is null ? null : new(draft, JsonSerializer.Deserialize<ApplicationDraftData>(draft.Data) ?? new());
    }

    /// <summary>Starts a draft; the returned token goes into the browser's cookie and nowhere else.</summary>
    public async Task<(string Token, OpenDraft Draft)> CreateAsync(CancellationToken cancellationToken = default)
    {
        var token = SecretToken.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        var draft = new ApplicationDraft
        {
            Id = Guid.NewGuid(),
            TokenHash = SecretToken.Hash(token),
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = now + options.Value.DraftLifetime,
        };
        var data = new ApplicationDraftData();
        draft.Data = JsonSerializer.Serialize(data);
        db.ApplicationDrafts.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return (token, new(draft, data));
    }

    /// <summary>
    /// Adds a draft the issuer filled in (a KvK-number mutation) to the caller's unit of work. The returned token goes
    /// into the e-mailed link that opens it; the link lives longer than a visitor's draft, as mail is read later.
    /// </summary>
    public string Add(ApplicationDraftData data, TimeSpan lifetime)
    {
        var token = SecretToken.Create();
        var now = clock.GetUtcNow().UtcDateTime;
        db.ApplicationDrafts.Add(new ApplicationDraft
        {
            Id = Guid.NewGuid(),
            TokenHash = SecretToken.Hash(token),
            Data = JsonSerializer.Serialize(data),
            CreatedAt = now,
            UpdatedAt = now,
            ExpiresAt = now + lifetime,
        });
        return token;
    }

    public async Task SaveAsync(OpenDraft open, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        open.Draft.Data = JsonSerializer.Serialize(open.Data);
        open.Draft.UpdatedAt = now;
        open.Draft.ExpiresAt = now + options.Value.DraftLifetime;
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.ApplicationDrafts.Where(d => d.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
    }
}
