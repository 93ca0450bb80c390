using Beheermodule.Core.ActivationLetters;
using Beheermodule.Core.Levels;

namespace Beheermodule.UnitTests.ActivationLetters;

internal static class ActivationLetterSamples
{
    public static readonly ActivationLetterIssuer Issuer = new(
        "Voorbeeld Middelenuitgever B.V.", "088 123 45 67", "op werkdagen van 8.30 tot 17.00 uur", "https://eherkenning.example.nl/activeren");

    public static ActivationLetterModel Letter(string holderName = "J. Jansen", string code = "ABCD-EFGH-JKMN", AssuranceLevel level = AssuranceLevel.EH3) => new()
    {
        Recipient = new("D. Duck", "Test EMZ Dagobert", "Damrak 1", "1012 LG", "Amsterdam"),
        HolderName = holderName,
        Organisation = new("Test EMZ Dagobert", "69599084", "000038509504"),
        Level = level,
        ActivationCode = code,
        ExpiresAt = new DateTime(2026, 12, 23, 9, 15, 0, DateTimeKind.Utc),
        LetterDate = new DateOnly(2026, 11, 23),
        ApplicationReference = "EH-2026-000123",
        Issuer = Issuer,
    };
}
