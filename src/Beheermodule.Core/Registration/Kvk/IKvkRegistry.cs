using Beheermodule.Core.Identifiers;

namespace Beheermodule.Core.Registration.Kvk;

/// <summary>The Handelsregister as the application sees it. Implementations never throw for registry failures: they answer <see cref="KvkLookupOutcome.Unavailable"/>.</summary>
public interface IKvkRegistry
{
    Task<KvkLookupResult> LookupAsync(KvkNumber kvkNumber, CancellationToken cancellationToken = default);
}
