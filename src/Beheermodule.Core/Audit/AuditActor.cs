namespace Beheermodule.Core.Audit;

/// <summary>Who did it: a signed-in account, an anonymous visitor (by IP), or a background process.</summary>
public readonly record struct AuditActor(string Description)
{
    public static AuditActor System(string process) => new($"systeem:{process}");

    public static AuditActor Anonymous(string? ipAddress) => new($"anoniem:{ipAddress ?? "onbekend"}");

    private const string AccountPrefix = "account:";

    public static AuditActor Account(string userName) => new(AccountPrefix + userName);

    /// <summary>The username of a signed-in account; null for a visitor or a background process.</summary>
    public string? AccountName => Description.StartsWith(AccountPrefix, StringComparison.Ordinal) ? Description[AccountPrefix.Length..] : null;

    public override string ToString() => Description;
}
