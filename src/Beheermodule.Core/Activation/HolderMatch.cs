using Beheermodule.Core.Accounts;
using Beheermodule.Core.Organisations;

namespace Beheermodule.Core.Activation;

/// <summary>
/// Whether an existing account belongs to the means' holder: the same initials, surname and date of birth. Case,
/// dots, spaces and accents do not count, so "j.p. de Vries" is "J.P. de Vries".
/// </summary>
public static class HolderMatch
{
    /// <summary>The Dutch reason the account is not the holder's, or null when it is.</summary>
    public static string? Mismatch(UserAccount account, Means means)
    {
        var nameMatches = PersonNames.Comparable(account.Initials) == PersonNames.Comparable(means.HolderInitials)
            && PersonNames.Comparable(account.Surname) == PersonNames.Comparable(means.HolderSurname);
        var birthMatches = account.DateOfBirth == means.HolderDateOfBirth;
        return (nameMatches, birthMatches) switch
        {
            (true, true) => null,
            (false, true) => "De naam bij dit account is niet de naam van de houder van dit middel.",
            (true, false) => "De geboortedatum bij dit account is niet die van de houder van dit middel.",
            _ => "De naam en de geboortedatum bij dit account zijn niet die van de houder van dit middel.",
        };
    }
}
