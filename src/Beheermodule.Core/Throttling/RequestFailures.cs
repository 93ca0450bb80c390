namespace Beheermodule.Core.Throttling;

/// <summary>
/// Whether the request under way failed a check of a secret (a password, an OTP code, a link or a certificate), so
/// the limit per IP address counts it; a request that only succeeded, or was refused for a typing error, does not.
/// </summary>
public sealed class RequestFailures
{
    public bool Any { get; private set; }

    public void Record() => Any = true;
}
