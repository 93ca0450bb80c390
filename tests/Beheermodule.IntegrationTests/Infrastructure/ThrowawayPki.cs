using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Beheermodule.IntegrationTests.Infrastructure;

/// <summary>A test CA made on the spot, standing in for PKIoverheid, and personal certificates under it.</summary>
public sealed class ThrowawayPki : IDisposable
{
    private readonly RSA _caKey = RSA.Create(2048);

    public ThrowawayPki(string name = "Test PKIoverheid Burger CA")
    {
        var request = new CertificateRequest($"CN={name}, O=Testorganisatie, C=NL", _caKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        Ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(20));
    }

    public X509Certificate2 Ca { get; }

    /// <summary>A personal certificate for <paramref name="commonName"/>, valid in the given window (default: a year around now).</summary>
    public X509Certificate2 Issue(string commonName, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null)
    {
        using var key = RSA.Create(2048);
        return Issue(key, commonName, notBefore, notAfter);
    }

    /// <summary>The same with its private key, as on the holder's smartcard: for a real TLS handshake.</summary>
    public X509Certificate2 IssueWithPrivateKey(string commonName)
    {
        using var key = RSA.Create(2048);
        using var certificate = Issue(key, commonName, null, null);
        return certificate.CopyWithPrivateKey(key);
    }

    private X509Certificate2 Issue(RSA key, string commonName, DateTimeOffset? notBefore, DateTimeOffset? notAfter)
    {
        var request = new CertificateRequest($"CN={commonName}, SERIALNUMBER=00000001234567890000, O=Test BV Donald, C=NL", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(Ca, true, false));
        return request.Create(Ca, notBefore ?? DateTimeOffset.UtcNow.AddDays(-30), notAfter ?? DateTimeOffset.UtcNow.AddDays(335), RandomNumberGenerator.GetBytes(16));
    }

    public string WriteCa(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"ca-{Guid.NewGuid():N}.pem");
        File.WriteAllText(path, Ca.ExportCertificatePem());
        return path;
    }

    public void Dispose()
    {
        Ca.Dispose();
        _caKey.Dispose();
    }
}
