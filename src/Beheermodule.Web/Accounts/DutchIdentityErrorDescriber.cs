using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Web.Accounts;

/// <summary>Identity's messages in Dutch, for the few that reach a person.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"De gebruikersnaam '{userName}' is al in gebruik." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "Een gebruikersnaam bestaat uit letters, cijfers en - . _ @ +." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Iemand anders wijzigde dit account tegelijk. Probeer het opnieuw." };
}
