namespace Beheermodule.Core.Accounts.Certificates;

/// <summary>The CAs whose personal certificates are accepted at EH4 (PKIoverheid), as certificate files.</summary>
public sealed class CertificateTrustOptions
{
    public const string Section = "Certificates";

    /// <summary>
    /// Paths of the trusted CA certificates (.cer, .crt or .pem): the PKIoverheid roots and their intermediate CAs.
    /// Empty: no certificate is accepted, so EH4 activation cannot be finished.
    /// </summary>
    public List<string> TrustedCaFiles { get; set; } = [];
}
