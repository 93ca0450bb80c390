using System.Security.Cryptography;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Catalogue;
using Beheermodule.Core.Data;
using Beheermodule.Core.Levels;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;
using OpenIddict.EntityFrameworkCore.Models;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Beheermodule.Core.ServiceLogin;

/// <summary>
/// A registered client as staff see it: the service, where it sends people back to, who registered it, and the
/// <see cref="Version"/> its secret has now (it changes with every new secret).
/// </summary>
public sealed record ServiceClientListing(
    string ClientId, string ServiceName, string ProviderName, AssuranceLevel RequiredLevel, IReadOnlyList<string> RedirectUris,
    IReadOnlyList<string> PostLogoutRedirectUris, bool EntitledToNames, DateTime CreatedAt, string CreatedBy, string Version);

public enum SecretRenewalOutcome
{
    Renewed,
    UnknownClient,

    /// <summary>The secret changed since the page was shown (that form was sent twice, or a colleague renewed it): no second one is made.</summary>
    RenewedMeanwhile,
}

public sealed record SecretRenewal(SecretRenewalOutcome Outcome, string? Secret = null);

/// <summary>A client registration as asked: the service, its client id, where it may send people back to.</summary>
public sealed record ClientRegistration(int ServiceId, string ClientId, IReadOnlyList<Uri> RedirectUris, IReadOnlyList<Uri> PostLogoutRedirectUris, bool EntitledToNames);

/// <summary>
/// Registers services of the catalogue as OpenID Connect clients: confidential, the authorisation code flow with
/// PKCE only, scopes openid and profile. The secret is made here, shown once, and stored only as OpenIddict's hash.
/// </summary>
public sealed class ServiceClients(BeheermoduleDbContext db, IOpenIddictApplicationManager applications, ServiceClientOrigins origins, AuditLog audit, TimeProvider clock)
{
    /// <summary>Letters, digits and dashes: the client id travels in addresses and logs, so nothing that needs escaping.</summary>
    public const string ClientIdPattern = "^[A-Za-z0-9-]{3,100}$";

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

    /// <summary>Whether the client id is taken, by us or by a client OpenIddict holds without our row.</summary>
    public async Task<bool> ExistsAsync(string clientId, CancellationToken cancellationToken = default) =>
        await db.ServiceClients.AnyAsync(c => c.ClientId == clientId, cancellationToken)
        || await applications.FindByClientIdAsync(clientId, cancellationToken) is not null;

    /// <summary>Every registered client, by service, with its addresses from OpenIddict.</summary>
    public async Task<IReadOnlyList<ServiceClientListing>> ListAsync(CancellationToken cancellationToken = default)
    {
        var clients = await db.ServiceClients.AsNoTracking().Include(c => c.Service).ThenInclude(s => s.ServiceProvider)
            .OrderBy(c => c.Service.ServiceProvider.Name).ThenBy(c => c.Service.Name).ThenBy(c => c.ClientId)
            .ToListAsync(cancellationToken);
        var listings = new List<ServiceClientListing>(clients.Count);
        foreach (var client in clients)
        {
            var application = await applications.FindByClientIdAsync(client.ClientId, cancellationToken);
            var redirects = application is null ? [] : await applications.GetRedirectUrisAsync(application, cancellationToken);
            var postLogout = application is null ? [] : await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken);
            listings.Add(new ServiceClientListing(client.ClientId, client.Service.Name, client.Service.ServiceProvider.Name, client.Service.RequiredLevel,
                [.. redirects], [.. postLogout], client.EntitledToNames, client.CreatedAt, client.CreatedBy, VersionOf(application)));
        }
        return listings;
    }

    /// <summary>
    /// Gives the client a new secret and returns it, when the secret is still the one staff saw (<paramref name="seenVersion"/>,
    /// from the listing). The old secret stops working at once; codes and tokens already issued stay valid until they expire.
    /// </summary>
    public async Task<SecretRenewal> RenewSecretAsync(string clientId, string? seenVersion, string renewedBy, CancellationToken cancellationToken = default)
    {
        var client = await db.ServiceClients.Include(c => c.Service).ThenInclude(s => s.ServiceProvider)
            .SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (client is null || await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } application)
        {
            return new(SecretRenewalOutcome.UnknownClient);
        }
        if (VersionOf(application) != seenVersion)
        {
            return new(SecretRenewalOutcome.RenewedMeanwhile);
        }
        var secret = NewSecret();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            await applications.UpdateAsync(application, secret, cancellationToken);
        }
        catch (OpenIddictExceptions.ConcurrencyException)
        {
            // Two renewals from the same page at the same moment: the first one's secret stands.
            return new(SecretRenewalOutcome.RenewedMeanwhile);
        }
        audit.Record(AuditActor.Account(renewedBy), "service-client.secret-renewed",
            details: $"Nieuw geheim voor client {clientId} van {client.Service.DisplayName}; het oude werkt niet meer.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        origins.Forget();
        return new(SecretRenewalOutcome.Renewed, secret);
    }

    /// <summary>OpenIddict's concurrency token of the client, which every update (so every new secret) changes.</summary>
    private static string VersionOf(object? application) =>
        (application as OpenIddictEntityFrameworkCoreApplication)?.ConcurrencyToken ?? "";

    /// <summary>
    /// Unregisters the client: OpenIddict's client (with its codes and tokens) and our row go together, so the service
    /// gets no more codes. Machtigingen for the service stay: they belong to the service, not to its client.
    /// </summary>
    public async Task<bool> RemoveAsync(string clientId, string removedBy, CancellationToken cancellationToken = default)
    {
        var client = await db.ServiceClients.Include(c => c.Service).ThenInclude(s => s.ServiceProvider)
            .SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        if (client is null)
        {
            return false;
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await applications.FindByClientIdAsync(clientId, cancellationToken) is { } application)
        {
            await applications.DeleteAsync(application, cancellationToken);
        }
        db.ServiceClients.Remove(client);
        audit.Record(AuditActor.Account(removedBy), "service-client.removed",
            details: $"Client {clientId} van {client.Service.DisplayName} ontkoppeld.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        origins.Forget();
        return true;
    }

    private static string NewSecret() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
