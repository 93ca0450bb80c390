namespace Beheermodule.Core.Activation;

/// <summary>
/// A wrong aanmeldcode typed from one source (a browser or an IP address). The source is kept only as a hash: the
/// limit needs to recognise it, not to know it.
/// </summary>
public sealed class ActivationAttempt
{
    public long Id { get; set; }
    public string SourceHash { get; set; } = "";
    public DateTime AttemptedAt { get; set; }
}
