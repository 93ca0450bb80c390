namespace Beheermodule.Core.Throttling;

/// <summary>
/// One failed attempt (a wrong aanmeldcode, password or OTP code) counted against one source: a browser or an IP
/// address. The source is kept only as a hash: the limit needs to recognise it, not to know it.
/// </summary>
public sealed class FailedAttempt
{
    public long Id { get; set; }
    public string SourceHash { get; set; } = "";
    public DateTime AttemptedAt { get; set; }
}
