using MimeKit;

namespace Beheermodule.Core.Mail;

/// <summary>Hands one message over for delivery; throws when it was not accepted.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
