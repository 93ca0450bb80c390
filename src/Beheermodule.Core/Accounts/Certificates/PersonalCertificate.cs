namespace Beheermodule.Core.Accounts.Certificates;

/// <summary>
/// A holder's personal PKIoverheid certificate, registered at EH4 activation. Only the public certificate is kept;
/// its SHA-256 thumbprint identifies it and belongs to one account only.
/// </summary>
public sealed class PersonalCertificate
{
    public int Id { get; set; }
    public string UserAccountId { get; set; } = "";
    public string Thumbprint { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Issuer { get; set; } = "";
    public string SerialNumber { get; set; } = "";
    public DateTime NotBefore { get; set; }
    public DateTime NotAfter { get; set; }
    public byte[] RawData { get; set; } = [];
    public DateTime RegisteredAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    public bool IsUsableAt(DateTime now) => RevokedAt is null && NotBefore <= now && now < NotAfter;
}
