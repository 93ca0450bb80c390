using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Accounts.Certificates;

/// <summary>The configured CA certificates, split into roots (self-signed) and the intermediates under them.</summary>
public sealed class CertificateTrustList
{
    public CertificateTrustList(IOptions<CertificateTrustOptions> options)
    {
        foreach (var path in options.Value.TrustedCaFiles)
        {
            var certificate = CertificateFile.Read(File.ReadAllBytes(path))!;
            (certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData) ? Roots : Intermediates).Add(certificate);
        }
    }

    public X509Certificate2Collection Roots { get; } = [];
    public X509Certificate2Collection Intermediates { get; } = [];
}
