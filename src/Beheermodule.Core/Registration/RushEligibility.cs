using Beheermodule.Core.Levels;

namespace Beheermodule.Core.Registration;

public enum RushAvailability
{
    NotAvailable,

    /// <summary>EH2 and EH2+: processed the same working day when complete.</summary>
    Available,

    /// <summary>EH3: a request the helpdesk may accept.</summary>
    OnRequest,
}

/// <summary>Rule 14: rush for EH2 and EH2+; EH3 on request; never for EH1 (online) or EH4 (certificate).</summary>
public static class RushEligibility
{
    public static RushAvailability For(AssuranceLevel level) => level switch
    {
        AssuranceLevel.EH2 or AssuranceLevel.EH2Plus => RushAvailability.Available,
        AssuranceLevel.EH3 => RushAvailability.OnRequest,
        _ => RushAvailability.NotAvailable,
    };

    public static bool Allows(AssuranceLevel level, RushOption rush) =>
        rush == RushOption.None || For(level) != RushAvailability.NotAvailable;
}
