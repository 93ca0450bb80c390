using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Web.Accounts;

/// <summary>Identity's messages in Dutch, for the few that reach a person.</summary>
public sealed class DutchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DuplicateUserName(string userName) =>
        new() { Code = nameof(DuplicateUserName), Description = $"De gebruikersnaam '{userName}' is al in gebruik." };

    public override IdentityError InvalidUserName(string? userName) =>
        new() { Code = nameof(InvalidUserName), Description = "Een gebruikersnaam bestaat uit letters, cijfers en - . _ @ +." };

    public override IdentityError DuplicateEmail(string email) =>
        new() { Code = nameof(DuplicateEmail), Description = "Dit e-mailadres hoort al bij een ander account. Ieder persoon heeft een eigen e-mailadres." };

    public override IdentityError InvalidEmail(string? email) =>
        new() { Code = nameof(InvalidEmail), Description = "Vul een geldig e-mailadres in, bijvoorbeeld naam@bedrijf.nl." };

    public override IdentityError ConcurrencyFailure() =>
        new() { Code = nameof(ConcurrencyFailure), Description = "Iemand anders wijzigde dit account tegelijk. Probeer het opnieuw." };
}
