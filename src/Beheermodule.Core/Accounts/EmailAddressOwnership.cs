using Beheermodule.Core.Data;
using Beheermodule.Core.Organisations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Accounts;

/// <summary>A person as an application, an account or a means names them: initials, surname and date of birth.</summary>
public sealed record PersonIdentity(string Initials, string Surname, DateOnly? DateOfBirth)
{
    /// <summary>The same person: names compared as people mean them, and the same date of birth where both have one.</summary>
    public bool IsSamePersonAs(PersonIdentity other) =>
        PersonNames.Comparable(Initials) == PersonNames.Comparable(other.Initials)
        && PersonNames.Comparable(Surname) == PersonNames.Comparable(other.Surname)
        && (DateOfBirth is null || other.DateOfBirth is null || DateOfBirth == other.DateOfBirth);

    public static PersonIdentity Of(UserAccount account) => new(account.Initials, account.Surname, account.DateOfBirth);

    /// <summary>A means made before dates of birth were kept has none: its holder is then known by name.</summary>
    public static PersonIdentity Of(Means means) =>
        new(means.HolderInitials, means.HolderSurname, means.HolderDateOfBirth == default ? null : means.HolderDateOfBirth);
}

/// <summary>
/// Rule 9: an e-mail address belongs to one person, across accounts and means, compared normalised. The person is
/// the account that has the address, or the holder of a means that has it and has no account yet. Addresses are
/// compared as Identity normalises them (upper case); means' addresses are compared in upper case by the database.
/// </summary>
public sealed class EmailAddressOwnership(BeheermoduleDbContext db, ILookupNormalizer normalizer)
{
    public const string TakenMessage = "Dit e-mailadres hoort bij iemand anders. Ieder persoon heeft een eigen e-mailadres: vul het e-mailadres van deze persoon zelf in.";

    /// <summary>True when the address is another person's than the one <paramref name="account"/> is.</summary>
    public async Task<bool> IsAnotherPersonsAsync(string address, UserAccount account, CancellationToken cancellationToken = default)
    {
        var normalised = Normalise(address);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalised && u.Id != account.Id, cancellationToken))
        {
            return true;
        }
        var holders = await LiveMeansWith(normalised).Where(m => m.UserAccountId != account.Id).ToListAsync(cancellationToken);
        return holders.Any(m => m.UserAccountId is not null || !PersonIdentity.Of(m).IsSamePersonAs(PersonIdentity.Of(account)));
    }

    /// <summary>True when an account or a means has the address for another person than <paramref name="person"/>.</summary>
    public async Task<bool> IsAnotherPersonsAsync(string address, PersonIdentity person, CancellationToken cancellationToken = default)
    {
        var normalised = Normalise(address);
        var accounts = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normalised).ToListAsync(cancellationToken);
        if (accounts.Any(a => !PersonIdentity.Of(a).IsSamePersonAs(person)))
        {
            return true;
        }
        var holders = await LiveMeansWith(normalised).ToListAsync(cancellationToken);
        return holders.Any(m => !PersonIdentity.Of(m).IsSamePersonAs(person));
    }

    private string Normalise(string address) => normalizer.NormalizeEmail(address.Trim());

    private IQueryable<Means> LiveMeansWith(string normalised) =>
        db.Means.IgnoreQueryFilters([OrganisationScope.FilterName]).AsNoTracking()
            .Where(m => m.Status != MeansStatus.Ended && m.HolderEmail.ToUpper() == normalised);
}
