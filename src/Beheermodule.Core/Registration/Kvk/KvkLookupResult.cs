namespace Beheermodule.Core.Registration.Kvk;

public enum KvkLookupOutcome
{
    Found,
    NotFound,
    Inactive,
    Unavailable,
}

public sealed record KvkLookupResult(KvkLookupOutcome Outcome, KvkCompany? Company)
{
    public static KvkLookupResult Found(KvkCompany company) => new(KvkLookupOutcome.Found, company);

    public static KvkLookupResult NotFound() => new(KvkLookupOutcome.NotFound, null);

    /// <summary>The company is known but no longer registered; its last data may come along for display.</summary>
    public static KvkLookupResult Inactive(KvkCompany? company) => new(KvkLookupOutcome.Inactive, company);

    public static KvkLookupResult Unavailable() => new(KvkLookupOutcome.Unavailable, null);
}
