using Beheermodule.Core.Issuer;
using Beheermodule.Core.Levels;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>
/// One activation letter (rule 4): posted to the legal representative, meant for one means holder, carrying the
/// aanmeldcode in readable form. The code exists in clear only here and in the printed PDF; it is never stored.
/// </summary>
public sealed record ActivationLetterModel
{
    /// <summary>Who the envelope is addressed to: the legal representative at the registered address.</summary>
    public required ActivationLetterRecipient Recipient { get; init; }

    /// <summary>The means holder the code is for, as the letter addresses them, e.g. "J. Jansen".</summary>
    public required string HolderName { get; init; }

    public required ActivationLetterOrganisation Organisation { get; init; }

    public required AssuranceLevel Level { get; init; }

    /// <summary>The aanmeldcode in its printed form, "ABCD-EFGH-JKMN".</summary>
    public required string ActivationCode { get; init; }

    /// <summary>The moment (UTC) the code stops working; the letter gives it to the minute, in Dutch time.</summary>
    public required DateTime ExpiresAt { get; init; }

    public required DateOnly LetterDate { get; init; }

    /// <summary>The application's reference, e.g. "EH-2026-000123".</summary>
    public required string ApplicationReference { get; init; }

    public required ActivationLetterIssuer Issuer { get; init; }
}

/// <summary>The address for the envelope window.</summary>
/// <param name="Name">The legal representative, e.g. "D. Duck".</param>
/// <param name="StreetAndNumber">E.g. "Damrak 1" or "Dorpsstraat 12 A".</param>
/// <param name="PostalCode">E.g. "1012 LG".</param>
public sealed record ActivationLetterRecipient(string Name, string OrganisationName, string StreetAndNumber, string PostalCode, string City);

/// <param name="BranchNumber">Vestigingsnummer (12 digits); null when the means is registered on the KvK number.</param>
public sealed record ActivationLetterOrganisation(string Name, string KvkNumber, string? BranchNumber);

/// <summary>The issuer as the letter presents it; see <see cref="From"/>.</summary>
public sealed record ActivationLetterIssuer(string Name, string HelpdeskPhone, string HelpdeskHours, string ActivationUrl)
{
    public static ActivationLetterIssuer From(IssuerOptions options) =>
        new(options.Name, options.HelpdeskPhone, options.HelpdeskHours, options.ActivationLink);
}
