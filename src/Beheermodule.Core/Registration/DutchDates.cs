using System.Globalization;

namespace Beheermodule.Core.Registration;

/// <summary>Dates as people in the Netherlands read them, in Dutch local time.</summary>
public static class DutchDates
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>Today's date in the Netherlands: a machtiging runs through its last day there, not in UTC.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToLocal(clock.GetUtcNow().UtcDateTime));

    public static DateTime ToLocal(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Amsterdam);

    /// <summary>"23 november 2026".</summary>
    public static string Format(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy", Dutch);

    /// <summary>"23 november 2026, 14:05".</summary>
    public static string FormatWithTime(DateTime utc) => ToLocal(utc).ToString("d MMMM yyyy, HH:mm", Dutch);

    public static string Format(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    /// <summary>"€ 1.234,50".</summary>
    public static string Money(decimal amount) => amount.ToString("C2", Dutch);
}
