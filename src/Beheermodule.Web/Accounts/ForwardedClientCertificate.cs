using System.Security.Cryptography.X509Certificates;
using System.Text;
using Beheermodule.Core.Accounts.Certificates;

namespace Beheermodule.Web.Accounts;

/// <summary>Reads the certificate a proxy forwarded in a header, in the forms proxies use: base64 DER, or URL-encoded PEM.</summary>
public static class ForwardedClientCertificate
{
    public static X509Certificate2? Read(string headerValue)
    {
        var text = headerValue.Trim();
        if (text.Length is 0 or > CertificateFile.MaxBytes * 3)
        {
            return null;
        }
        if (text.Contains('%', StringComparison.Ordinal))
        {
            text = Uri.UnescapeDataString(text);
        }
        if (text.Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            return CertificateFile.Read(Encoding.ASCII.GetBytes(text));
        }
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) ? CertificateFile.Read(bytes[..length]) : null;
    }
}
