using Beheermodule.Core.Accounts;

namespace Beheermodule.Core.Registration.Drafts;

/// <summary>
/// Rule 9 in the wizard: each person's e-mail address is their own. An address another person has (an account, or a
/// means of a colleague not activated yet), or that the other list of this application (users, beheerders) gives to
/// someone else, is refused beside the field. The same person named twice (a user who is also a beheerder, an
/// upgrade's holder) keeps their address. Twice the same address within one list is the list's own rule
/// (<see cref="DraftValidator"/>).
/// </summary>
public sealed class DraftEmailCheck(EmailAddressOwnership ownership)
{
    public async Task<IReadOnlyList<FieldError>> CheckAsync(IReadOnlyList<PersonInput> persons, IEnumerable<PersonInput> othersInApplication, CancellationToken cancellationToken = default)
    {
        var errors = new List<FieldError>();
        var others = othersInApplication.Where(HasAddress).ToList();
        for (var i = 0; i < persons.Count; i++)
        {
            var person = persons[i];
            if (!HasAddress(person))
            {
                continue;
            }
            var field = $"Persons[{i}].Email";
            var identity = IdentityOf(person);
            var sharing = others.FirstOrDefault(p => SameAddress(p, person) && !IdentityOf(p).IsSamePersonAs(identity));
            if (sharing is not null)
            {
                errors.Add(new(field, $"Dit e-mailadres staat ook bij {PersonRules.NormaliseInitials(sharing.Initials!)} {sharing.Surname!.Trim()}. Ieder persoon heeft een eigen e-mailadres."));
            }
            else if (await ownership.IsAnotherPersonsAsync(person.Email!, identity, cancellationToken))
            {
                errors.Add(new(field, EmailAddressOwnership.TakenMessage));
            }
        }
        return errors;
    }

    private static bool HasAddress(PersonInput person) =>
        PersonRules.EmailError(person.Email) is null && !string.IsNullOrWhiteSpace(person.Initials) && !string.IsNullOrWhiteSpace(person.Surname);

    private static bool SameAddress(PersonInput a, PersonInput b) => string.Equals(a.Email!.Trim(), b.Email!.Trim(), StringComparison.OrdinalIgnoreCase);

    private static PersonIdentity IdentityOf(PersonInput person) =>
        new(person.Initials!, person.Surname!, PersonRules.TryParseDate(person.DateOfBirth, out var date) ? date : null);
}
