using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Beheermodule.Core.Accounts.Certificates;

/// <summary>Reads a certificate file as people have them: DER (.cer, .crt) or PEM text.</summary>
public static class CertificateFile
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>The certificate, or null when the bytes are not one.</summary>
    public static X509Certificate2? Read(byte[] content)
    {
        if (content.Length is 0 or > MaxBytes)
        {
            return null;
        }
        try
        {
            var text = Encoding.ASCII.GetString(content);
            return text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal)
                ? X509Certificate2.CreateFromPem(text)
                : X509CertificateLoader.LoadCertificate(content);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
