using Microsoft.Extensions.Options;
using MimeKit;

namespace Beheermodule.Core.Mail;

/// <summary>Turns a queued message into MIME: text and HTML as alternatives, so every mail client shows one.</summary>
public sealed class MailMessageFactory(IOptions<MailOptions> options, MailBodyProtector bodies)
{
    public MimeMessage Create(OutgoingMail mail)
    {
        var from = new MailboxAddress(options.Value.FromName, options.Value.FromAddress);
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(new MailboxAddress(mail.ToName ?? "", mail.ToAddress));
        message.Subject = mail.Subject;
        message.Date = new DateTimeOffset(mail.CreatedAt, TimeSpan.Zero);
        // The same id on every attempt lets a receiving server drop a duplicate after a retry.
        message.MessageId = $"mail-{mail.Id}.{mail.CreatedAt:yyyyMMddHHmmssfff}@{from.Domain}";
        message.Body = new BodyBuilder { TextBody = bodies.Unprotect(mail.TextBody), HtmlBody = bodies.Unprotect(mail.HtmlBody) }.ToMessageBody();
        return message;
    }
}
