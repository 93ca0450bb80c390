namespace Beheermodule.Core.Audit;

/// <summary>Who did it: a signed-in account, an anonymous visitor (by IP), or a background process.</summary>
public readonly record struct AuditActor(string Description)
{
    public static AuditActor System(string process) => new($"systeem:{process}");

    public static AuditActor Anonymous(string? ipAddress) => new($"anoniem:{ipAddress ?? "onbekend"}");

    public static AuditActor Account(string userName) => new($"account:{userName}");

    public override string ToString() => Description;
}
