using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Mail;

/// <summary>
/// Delivers the outbox. Each message is claimed with a short lease before it is sent, so several app instances
/// can run a dispatcher each and still never send one message twice.
/// </summary>
public sealed class MailDispatcher(
    IServiceScopeFactory scopes,
    IMailTransport transport,
    MailMessageFactory messages,
    MailDispatchSignal signal,
    TimeProvider clock,
    IOptions<MailOptions> options,
    ILogger<MailDispatcher> logger) : BackgroundService
{
    /// <summary>How long a claim holds; a dispatcher that dies mid-send releases its message after this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    public const int BatchSize = 20;

    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan LongestRetryDelay = TimeSpan.FromHours(6);
    private const int LastErrorLength = 2000;

    /// <summary>One pass: delivers up to <see cref="BatchSize"/> due messages; returns how many were delivered.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BeheermoduleDbContext>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        var maxAttempts = options.Value.MaxAttempts;
        var now = clock.GetUtcNow().UtcDateTime;
        var candidates = await db.OutgoingMails
            .Where(m => m.SentAt == null && m.Attempts < maxAttempts && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var id in candidates)
        {
            if (await TryClaimAsync(db, id, maxAttempts, cancellationToken) && await DeliverAsync(db, audit, id, cancellationToken))
            {
                delivered++;
            }
        }
        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                delivered = await DeliverDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A database hiccup must not stop the host or the mail: the next pass tries again.
                logger.LogError(ex, "Mail dispatch pass failed.");
            }
            // A full batch suggests more is waiting: go on without pausing.
            if (delivered < BatchSize && !await signal.WaitForNextPassAsync(TimeSpan.FromSeconds(options.Value.PollSeconds), clock, stoppingToken))
            {
                return;
            }
        }
    }

    /// <summary>A conditional update: of several dispatchers racing for one message, exactly one changes the row.</summary>
    private async Task<bool> TryClaimAsync(BeheermoduleDbContext db, long id, int maxAttempts, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseUntil = now + Lease;
        var claimed = await db.OutgoingMails
            .Where(m => m.Id == id && m.SentAt == null && m.Attempts < maxAttempts && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseUntil), cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> DeliverAsync(BeheermoduleDbContext db, AuditLog audit, long id, CancellationToken cancellationToken)
    {
        var mail = await db.OutgoingMails.SingleAsync(m => m.Id == id, cancellationToken);
        try
        {
            await transport.SendAsync(messages.Create(mail), cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            await RecordFailureAsync(db, mail, ex);
            return false;
        }

        mail.SentAt = clock.GetUtcNow().UtcDateTime;
        mail.Attempts++;
        // Sent: the secrets in the body now live only in the recipient's mailbox.
        mail.HtmlBody = "";
        mail.TextBody = "";
        mail.LockedUntil = null;
        mail.LastError = null;
        audit.Record(AuditActor.System("mail"), "mail.sent", details: mail.TemplateName);
        // The message has left: record that even when the host is stopping, or it would be sent again.
        await db.SaveChangesAsync(CancellationToken.None);
        logger.LogInformation("Mail {MailId} ({Template}) delivered.", mail.Id, mail.TemplateName);
        return true;
    }

    private async Task RecordFailureAsync(BeheermoduleDbContext db, OutgoingMail mail, Exception error)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        mail.Attempts++;
        mail.LockedUntil = null;
        mail.LastError = Truncate($"{error.GetType().Name}: {error.Message}", LastErrorLength);
        mail.NextAttemptAt = now + RetryDelay(mail.Attempts);
        await db.SaveChangesAsync(CancellationToken.None);
        if (mail.Attempts >= options.Value.MaxAttempts)
        {
            logger.LogError(error, "Mail {MailId} ({Template}) given up after {Attempts} attempts.", mail.Id, mail.TemplateName, mail.Attempts);
        }
        else
        {
            logger.LogWarning(error, "Mail {MailId} ({Template}) failed (attempt {Attempts}); next attempt at {NextAttemptAt:u}.",
                mail.Id, mail.TemplateName, mail.Attempts, mail.NextAttemptAt);
        }
    }

    /// <summary>1, 2, 4, 8 ... minutes after attempt 1, 2, 3, 4 ..., at most six hours.</summary>
    public static TimeSpan RetryDelay(int attempts)
    {
        var doublings = Math.Min(attempts - 1, 20);
        var delay = FirstRetryDelay * Math.Pow(2, doublings);
        return delay < LongestRetryDelay ? delay : LongestRetryDelay;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
