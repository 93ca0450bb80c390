using Beheermodule.Core.Audit;

namespace Beheermodule.Core.Mutations;

/// <summary>
/// Carries out one kind of mutation inside <see cref="MutationDesk"/>'s transaction. The mutation comes with its means
/// and organisation loaded (when known). A refusal changes nothing; the desk records it.
/// </summary>
public interface IMutationHandler
{
    MutationKind Kind { get; }

    Task<MutationResult> CarryOutAsync(Mutation mutation, DateTime now, AuditActor actor, CancellationToken cancellationToken);
}
