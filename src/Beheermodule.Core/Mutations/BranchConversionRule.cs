using Beheermodule.Core.Registration.Kvk;

namespace Beheermodule.Core.Mutations;

public enum BranchConversionVerdict
{
    Allowed,
    Refused,

    /// <summary>The registry did not answer: nothing is known yet.</summary>
    Unknown,
}

public sealed record BranchConversionCheck(BranchConversionVerdict Verdict, string? Message, int? BranchCount = null)
{
    public bool Allowed => Verdict == BranchConversionVerdict.Allowed;
}

/// <summary>
/// Rule 12: a means on a vestigingsnummer moves to the KvK number alone only when the KvK register shows exactly one
/// vestiging; with several, the customer applies for a new means on the KvK number.
/// </summary>
public static class BranchConversionRule
{
    public const string NewApplicationAdvice = "Vraag een nieuw middel aan op het KvK-nummer alleen, zonder vestigingsnummer.";

    public static BranchConversionCheck Check(string kvkNumber, KvkLookupResult lookup) => lookup.Outcome switch
    {
        KvkLookupOutcome.Found when lookup.Company!.Branches.Count == 1 => new(BranchConversionVerdict.Allowed, null, 1),
        KvkLookupOutcome.Found => new(BranchConversionVerdict.Refused,
            $"Omzetten naar de hoofdvestiging kan alleen als het KvK-register precies één vestiging toont. Bij KvK-nummer {kvkNumber} staan {lookup.Company!.Branches.Count} vestigingen ingeschreven. {NewApplicationAdvice}",
            lookup.Company.Branches.Count),
        KvkLookupOutcome.NotFound => new(BranchConversionVerdict.Refused,
            $"KvK-nummer {kvkNumber} komt niet (meer) voor in het Handelsregister, dus omzetten kan niet."),
        KvkLookupOutcome.Inactive => new(BranchConversionVerdict.Refused,
            $"De onderneming met KvK-nummer {kvkNumber} staat niet (meer) actief ingeschreven bij de KvK, dus omzetten kan niet."),
        _ => new(BranchConversionVerdict.Unknown,
            "Het Handelsregister van de KvK geeft nu geen antwoord, dus het aantal vestigingen is niet bekend. Probeer het over enkele minuten opnieuw."),
    };
}
