namespace Beheermodule.Core.AuthorizationManagement;

/// <summary>How long a machtiging runs: 1, 3 or 5 years (5 at most, afsprakenstelsel), through the day before its anniversary.</summary>
public static class AuthorizationTerm
{
    public static readonly IReadOnlyList<int> Years = [1, 3, 5];

    public const int MaxYears = 5;

    public static bool IsAllowed(int years) => Years.Contains(years);

    /// <summary>The last day of a term of <paramref name="years"/> starting on <paramref name="startsOn"/>.</summary>
    public static DateOnly LastDay(DateOnly startsOn, int years) => startsOn.AddYears(years).AddDays(-1);
}
