using System.Security.Cryptography;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Beheermodule.Core.ServiceLogin;

/// <summary>A client registration as asked: the service, its client id, where it may send people back to.</summary>
public sealed record ClientRegistration(int ServiceId, string ClientId, IReadOnlyList<Uri> RedirectUris, IReadOnlyList<Uri> PostLogoutRedirectUris, bool EntitledToNames);

/// <summary>
/// Registers services of the catalogue as OpenID Connect clients: confidential, the authorisation code flow with
/// PKCE only, scopes openid and profile. The secret is made here, shown once, and stored only as OpenIddict's hash.
/// </summary>
public sealed class ServiceClients(BeheermoduleDbContext db, IOpenIddictApplicationManager applications, ServiceClientOrigins origins, AuditLog audit, TimeProvider clock)
{
    /// <summary>Registers the client and returns its secret; <paramref name="secret"/> is for the demo data's fixed one.</summary>
    public async Task<string> RegisterAsync(ClientRegistration registration, string registeredBy, string? secret = null, CancellationToken cancellationToken = default)
    {
        var service = await db.Services.Include(s => s.ServiceProvider).SingleAsync(s => s.Id == registration.ServiceId, cancellationToken);
        secret ??= NewSecret();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = registration.ClientId,
            ClientSecret = secret,
            ClientType = ClientTypes.Confidential,
            ConsentType = ConsentTypes.Implicit,
            DisplayName = service.DisplayName,
            Permissions =
            {
                Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
                Permissions.GrantTypes.AuthorizationCode, Permissions.ResponseTypes.Code, Permissions.Scopes.Profile,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in registration.RedirectUris)
        {
            descriptor.RedirectUris.Add(uri);
        }
        foreach (var uri in registration.PostLogoutRedirectUris)
        {
            descriptor.PostLogoutRedirectUris.Add(uri);
        }

        // OpenIddict's manager saves on its own; one transaction keeps its client and our row together.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await applications.CreateAsync(descriptor, cancellationToken);
        db.ServiceClients.Add(new ServiceClient
        {
            ClientId = registration.ClientId,
            ServiceId = service.Id,
            EntitledToNames = registration.EntitledToNames,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = registeredBy,
        });
        audit.Record(AuditActor.Account(registeredBy), "service-client.registered",
            details: $"Client {registration.ClientId} voor {service.DisplayName}; terug naar {string.Join(", ", registration.RedirectUris)}; namen: {(registration.EntitledToNames ? "ja" : "nee")}.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        origins.Forget();
        return secret;
    }

    public Task<bool> ExistsAsync(string clientId, CancellationToken cancellationToken = default) =>
        db.ServiceClients.AnyAsync(c => c.ClientId == clientId, cancellationToken);

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
