using System.ComponentModel.DataAnnotations;

namespace Beheermodule.Web.Accounts;

/// <summary>
/// Where the EH4 log-in finds the certificate the person presented. By default only in the app's own TLS connection
/// (Kestrel with a client certificate mode on its HTTPS endpoint). Behind a reverse proxy that ends TLS, the proxy
/// passes it on in a header, which is believed only when named here.
/// </summary>
public sealed class ClientCertificateOptions
{
    public const string Section = "Certificates";

    /// <summary>
    /// The request header in which the TLS-terminating proxy forwards the client certificate (base64 DER, or URL-encoded
    /// PEM as nginx's $ssl_client_escaped_cert); empty: no header is believed.
    /// </summary>
    [RegularExpression("^[A-Za-z0-9!#$%&'*+.^_`|~-]*$", ErrorMessage = "Certificates:ForwardedHeader must be a header name (letters, digits, '-').")]
    public string ForwardedHeader { get; set; } = "";
}
