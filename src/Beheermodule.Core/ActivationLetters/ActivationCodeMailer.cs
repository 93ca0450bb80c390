using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Levels;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Organisations;
using Beheermodule.Core.Registration;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.ActivationLetters;

/// <summary>
/// EH1 means get their aanmeldcode by e-mail, to the holder's own address: the code is made now, its hash stored,
/// and the readable code exists only in the message (encrypted in the outbox until sent, then wiped there).
/// </summary>
public sealed class ActivationCodeMailer(
    BeheermoduleDbContext db,
    ActivationCodeIssuer codes,
    MailOutbox outbox,
    AuditLog audit,
    IOptions<IssuerOptions> issuer)
{
    /// <summary>In the caller's unit of work; <paramref name="means"/> must have been saved (it needs its id).</summary>
    public void Send(Means means, DateTime now, AuditActor actor)
    {
        var code = codes.Issue(means.Id, activationLetterId: null, now);
        db.ActivationCodes.Add(code.Record);
        var holderName = means.HolderName;
        outbox.Enqueue(means.HolderEmail, holderName, new ActivationCodeMail
        {
            RecipientName = holderName,
            OrganisationName = means.Organisation.Name,
            KvkNumber = means.Organisation.KvkNumber,
            LevelName = means.Level.DisplayName(),
            ActivationCode = code.Code,
            ValidUntilText = DutchDates.FormatWithTime(code.Record.ExpiresAt),
            ActivationUrl = issuer.Value.ActivationLink,
            HelpdeskPhone = issuer.Value.HelpdeskPhone,
            HelpdeskHours = issuer.Value.HelpdeskHours,
            IssuerName = issuer.Value.Name,
        });
        audit.Record(actor, "activation-code.mailed", applicationId: means.ApplicationId, kvkNumber: means.Organisation.KvkNumber,
            details: $"Middel {means.Id}: aanmeldcode per e-mail, geldig tot {DutchDates.FormatWithTime(code.Record.ExpiresAt)}.");
    }
}
