namespace Beheermodule.Core.Mutations;

public enum AuthorizationChangeAction
{
    /// <summary>Machtiging geven.</summary>
    Grant = 1,

    /// <summary>Machtiging intrekken.</summary>
    Revoke = 2,
}

/// <summary>A machtiging to give or take back, for an organisation that does not manage its own; staff carry it out.</summary>
public sealed record RequestedAuthorizationChange(AuthorizationChangeAction Action, int ServiceId, int? Years);
