namespace Beheermodule.Core.Accounts;

/// <summary>
/// How long a lockout lasts: the first one the configured period, each further one without a successful log-in in
/// between twice as long, never more than a day. Guessing a password five attempts per lockout then takes years.
/// </summary>
public static class LockoutPeriods
{
    public static readonly TimeSpan Longest = TimeSpan.FromHours(24);

    public static TimeSpan For(TimeSpan first, int earlierLockouts)
    {
        var period = first;
        for (var i = 0; i < earlierLockouts && period < Longest; i++)
        {
            period *= 2;
        }
        return period < Longest ? period : Longest;
    }
}
