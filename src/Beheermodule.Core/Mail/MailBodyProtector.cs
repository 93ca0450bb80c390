using Microsoft.AspNetCore.DataProtection;

namespace Beheermodule.Core.Mail;

/// <summary>
/// Mail bodies carry secrets (confirmation links, status links, aanmeldcodes), so a queued body is encrypted in
/// the outbox, and wiped once the message has been sent.
/// </summary>
public sealed class MailBodyProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Beheermodule.Mail.Body.v1");

    public string Protect(string body) => _protector.Protect(body);

    public string Unprotect(string protectedBody) => _protector.Unprotect(protectedBody);
}
