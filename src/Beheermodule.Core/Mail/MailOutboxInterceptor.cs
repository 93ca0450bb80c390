using Beheermodule.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Beheermodule.Core.Mail;

/// <summary>
/// Wakes the dispatcher once a save that queued mail is visible to it. The dispatcher's poll is the fallback for
/// anything missed here.
/// </summary>
public sealed class MailOutboxInterceptor(MailDispatchSignal signal) : AfterCommitInterceptor
{
    protected override bool Concerns(DbContext context) =>
        context.ChangeTracker.Entries<OutgoingMail>().Any(e => e.State == EntityState.Added);

    protected override void OnVisible() => signal.Notify();
}
