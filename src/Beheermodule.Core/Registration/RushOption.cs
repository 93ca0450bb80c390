namespace Beheermodule.Core.Registration;

/// <summary>Spoedprocedure (rule 14).</summary>
public enum RushOption
{
    None = 0,

    /// <summary>Processed and posted the same working day.</summary>
    SameDay = 1,

    /// <summary>Delivered by courier; the legal representative must be present to receive the letters.</summary>
    Courier = 2,
}
