namespace Beheermodule.DemoService.Home;

/// <summary>The eHerkenning level names behind the acr values of the trust framework (urn:etoegang:core:assurance-class:…).</summary>
public static class AssuranceLevels
{
    public const string Prefix = "urn:etoegang:core:assurance-class:";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["loa1"] = "EH1",
        ["loa2"] = "EH2",
        ["loa2plus"] = "EH2+",
        ["loa3"] = "EH3",
        ["loa4"] = "EH4",
    };

    /// <summary>"EH3 (urn:etoegang:core:assurance-class:loa3)"; an unknown value is shown as it came.</summary>
    public static string Describe(string acr) =>
        acr.StartsWith(Prefix, StringComparison.Ordinal) && Names.TryGetValue(acr[Prefix.Length..], out var name)
            ? $"{name} ({acr})"
            : acr;
}
