using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Beheermodule.Core.Mail;

public sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    // Below the dispatcher's lease, so a hanging server cannot outlast the claim on a message.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            throw new InvalidOperationException("Mail:Smtp:Host is not set.");
        }
        SmtpOptions.TryGetSocketOptions(smtp.Security, out var security);
        using var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
    }
}
