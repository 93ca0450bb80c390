namespace Beheermodule.Core.Levels;

/// <summary>Betrouwbaarheidsniveau. The numeric order is the order of strength.</summary>
public enum AssuranceLevel
{
    EH1 = 10,
    EH2 = 20,
    EH2Plus = 25,
    EH3 = 30,
    EH4 = 40,
}

public static class AssuranceLevelExtensions
{
    public static readonly IReadOnlyList<AssuranceLevel> All =
        [AssuranceLevel.EH1, AssuranceLevel.EH2, AssuranceLevel.EH2Plus, AssuranceLevel.EH3, AssuranceLevel.EH4];

    /// <summary>The name people use: "EH2+", not "EH2Plus".</summary>
    public static string DisplayName(this AssuranceLevel level) => level switch
    {
        AssuranceLevel.EH2Plus => "EH2+",
        _ => level.ToString(),
    };

    public static bool TryParseDisplayName(string? value, out AssuranceLevel level)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.DisplayName(), value?.Trim(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), value?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }
        level = default;
        return false;
    }

    /// <summary>EH1 finishes online; every higher level needs a signed contract (rule 2).</summary>
    public static bool NeedsContract(this AssuranceLevel level) => level >= AssuranceLevel.EH2;

    /// <summary>From EH2+ a personal OTP responder is a second factor (rule 7).</summary>
    public static bool NeedsOtp(this AssuranceLevel level) => level >= AssuranceLevel.EH2Plus;

    public static bool NeedsIdDocumentCopy(this AssuranceLevel level) => level >= AssuranceLevel.EH2Plus;

    public static bool NeedsFaceToFaceCheck(this AssuranceLevel level) => level >= AssuranceLevel.EH3;

    public static bool NeedsPkiCertificate(this AssuranceLevel level) => level == AssuranceLevel.EH4;

    /// <summary>A means of this level may be used at a service that requires <paramref name="required"/>.</summary>
    public static bool Satisfies(this AssuranceLevel level, AssuranceLevel required) => level >= required;
}
