namespace Beheermodule.Core.Mail;

/// <summary>
/// A rendered message waiting in the outbox. It is saved in the same transaction as the change that caused it,
/// so a mail is sent if and only if that change was saved; a dispatcher delivers it afterwards.
/// </summary>
public sealed class OutgoingMail
{
    public long Id { get; set; }
    public string ToAddress { get; set; } = "";
    public string? ToName { get; set; }
    public string Subject { get; set; } = "";
    public string HtmlBody { get; set; } = "";
    public string TextBody { get; set; } = "";

    /// <summary>The template's name, for the development mail viewer and the audit log.</summary>
    public string TemplateName { get; set; } = "";

    public DateTime CreatedAt { get; set; }
    public DateTime? SentAt { get; set; }
    public int Attempts { get; set; }
    public DateTime NextAttemptAt { get; set; }

    /// <summary>A dispatcher's claim, so several app instances never send one message twice.</summary>
    public DateTime? LockedUntil { get; set; }

    public string? LastError { get; set; }
}
