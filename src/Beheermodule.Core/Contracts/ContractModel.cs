using System.Text.Json.Serialization;
using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Contracts;

/// <summary>
/// Everything the contract of an EH2-or-higher application shows (rule 2). Texts are ready for display:
/// the template prints them as they are, so dates, amounts and names are formatted by whoever builds this.
/// </summary>
public sealed record ContractModel
{
    /// <summary>The application's reference, e.g. "EH-2026-000123"; also encoded in the QR code.</summary>
    public required string Reference { get; init; }

    /// <summary>Date of the contract, e.g. "23 november 2026".</summary>
    public required string DateText { get; init; }

    public required AssuranceLevel Level { get; init; }

    /// <summary>The level as people write it, e.g. "EH2+".</summary>
    public required string LevelName { get; init; }

    /// <summary>The application upgrades existing means with the same organisation data (rule 13).</summary>
    public required bool IsUpgrade { get; init; }

    public required ContractOrganisation Organisation { get; init; }

    public required IReadOnlyList<ContractPerson> LegalRepresentatives { get; init; }

    /// <summary>The representatives may only act together: a majority of them must sign.</summary>
    public required bool JointlyAuthorised { get; init; }

    public required IReadOnlyList<ContractPerson> AuthorizationManagers { get; init; }

    public required IReadOnlyList<ContractUser> Users { get; init; }

    /// <summary>Everyone who gets a means (or a new level) and so needs the level's evidence, as "A. Jansen (gebruiker)".</summary>
    public required IReadOnlyList<string> EvidenceHolders { get; init; }

    public required ContractFees Fees { get; init; }

    public required ContractRush Rush { get; init; }

    public required ContractIssuer Issuer { get; init; }
}

/// <param name="BranchNumber">Vestigingsnummer (12 digits); null when the means is registered on the KvK number.</param>
public sealed record ContractOrganisation(string Name, string KvkNumber, string? BranchNumber, string AddressLine);

public sealed record ContractPerson(string Initials, string Surname, string DateOfBirthText, string Email, string Phone);

/// <param name="Services">One line per service, e.g. "UWV — Werkgeversportaal (EH3)".</param>
/// <param name="UpgradesExistingMeans">Rule 13: this user's existing means is upgraded, not replaced by a new one.</param>
public sealed record ContractUser(
    string Initials,
    string Surname,
    string DateOfBirthText,
    string Email,
    string Phone,
    string Mobile,
    IReadOnlyList<string> Services,
    bool UpgradesExistingMeans = false);

/// <param name="AmountText">E.g. "€ 1.234,50".</param>
public sealed record ContractFeeLine(string Description, string AmountText);

/// <param name="VatDescription">E.g. "Btw 21%".</param>
public sealed record ContractFees(
    IReadOnlyList<ContractFeeLine> Lines,
    string SubtotalText,
    string VatDescription,
    string VatText,
    string TotalText);

/// <summary>Spoedprocedure (rule 14). Serialised by name so the template can compare it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ContractRush>))]
public enum ContractRush
{
    None = 0,
    SameDay = 1,
    Courier = 2,
}

/// <param name="ReturnAddressLines">Where the signed contract goes by post, one line each.</param>
public sealed record ContractIssuer(string Name, IReadOnlyList<string> ReturnAddressLines);
