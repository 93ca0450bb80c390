using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Beheermodule.Core.ServiceLogin;

/// <summary>
/// The origins the registered services receive people back on. Browsers hold a form's whole redirect chain to the
/// page's "form-action" policy, so after logging in (a form) the way back to a service must be allowed there. Read
/// from OpenIddict's clients at most once a minute; a registration here forgets the list at once.
/// </summary>
public sealed class ServiceClientOrigins(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    private sealed record Snapshot(IReadOnlyList<string> Origins, DateTimeOffset ReadAt);

    private volatile Snapshot? _snapshot;

    public async ValueTask<IReadOnlyList<string>> AllAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (_snapshot is { } snapshot && now - snapshot.ReadAt < Lifetime)
        {
            return snapshot.Origins;
        }
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        var origins = new SortedSet<string>(StringComparer.Ordinal);
        await foreach (var application in applications.ListAsync(cancellationToken: cancellationToken))
        {
            foreach (var uri in (await applications.GetRedirectUrisAsync(application, cancellationToken))
                .Concat(await applications.GetPostLogoutRedirectUrisAsync(application, cancellationToken)))
            {
                if (Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.Scheme is "https" or "http")
                {
                    origins.Add(parsed.GetLeftPart(UriPartial.Authority));
                }
            }
        }
        _snapshot = new Snapshot(origins.ToList(), now);
        return _snapshot.Origins;
    }

    public void Forget() => _snapshot = null;
}
