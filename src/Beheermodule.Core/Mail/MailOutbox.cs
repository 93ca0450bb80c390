using System.Net.Mail;
using Beheermodule.Core.Data;
using Beheermodule.Core.Templates;

namespace Beheermodule.Core.Mail;

/// <summary>
/// Queues e-mail in the caller's unit of work: the message is saved with the change that caused it, or not at all.
/// </summary>
public sealed class MailOutbox(BeheermoduleDbContext db, TemplateRenderer templates, MailBodyProtector bodies, TimeProvider clock)
{
    /// <summary>Renders the message now and adds it to the DbContext; the caller's SaveChanges queues it.</summary>
    public void Enqueue(string toAddress, string? toName, MailModel model)
    {
        // Refused here rather than at delivery, where nobody would see the mistake.
        if (!MailAddress.TryCreate(toAddress, out var address) || address.Address != toAddress)
        {
            throw new ArgumentException($"'{toAddress}' is not a single e-mail address.", nameof(toAddress));
        }
        // Rendering now makes a broken template fail the user's action, and keeps a queued message immutable.
        var html = templates.Render($"email/{model.TemplateName}.html", model);
        var text = templates.Render($"email/{model.TemplateName}.txt", model);
        var now = clock.GetUtcNow().UtcDateTime;
        db.OutgoingMails.Add(new OutgoingMail
        {
            ToAddress = toAddress,
            ToName = string.IsNullOrWhiteSpace(toName) ? null : toName,
            Subject = model.Subject,
            HtmlBody = bodies.Protect(html),
            TextBody = bodies.Protect(text),
            TemplateName = model.TemplateName,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }
}
