namespace Beheermodule.Core.Mutations;

/// <summary>Opzeggen: a means ends today or on a later day, never in the past.</summary>
public static class EndDateRule
{
    public const string PastMessage = "Kies vandaag of een latere datum: een middel kan niet met terugwerkende kracht worden opgezegd.";

    public static string? Error(DateOnly endDate, DateOnly today) => endDate < today ? PastMessage : null;

    /// <summary>
    /// The moment the means ends: now for today (or a day that passed while the mutation waited), otherwise the start
    /// of the chosen day in the issuer's time zone.
    /// </summary>
    public static DateTime EndMoment(DateOnly endDate, DateTime now, TimeZoneInfo zone)
    {
        var startOfDay = TimeZoneInfo.ConvertTimeToUtc(endDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), zone);
        return startOfDay > now ? startOfDay : now;
    }
}
