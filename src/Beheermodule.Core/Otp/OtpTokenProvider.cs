using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Beheermodule.Core.Issuer;
using Beheermodule.Core.Mail;
using Beheermodule.Core.Registration;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Beheermodule.Core.Otp;

/// <summary>
/// Plugs personal OTP responders into Identity's second step, so failed codes count towards the same lockout as
/// failed passwords. Codes come from the responder, never from the server.
/// </summary>
public sealed class OtpTokenProvider(OtpVerifier verifier, AuditLog audit, MailOutbox outbox, BeheermoduleDbContext db,
    IOptions<IssuerOptions> issuer, TimeProvider clock) : IUserTwoFactorTokenProvider<UserAccount>
{
    public const string Name = "OtpResponder";

    public Task<string> GenerateAsync(string purpose, UserManager<UserAccount> manager, UserAccount user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<UserAccount> manager, UserAccount user)
    {
        var outcome = await verifier.CheckAsync(user.Id, token);
        if (outcome == OtpCheckOutcome.Replayed)
        {
            // Someone may have watched the code being typed, and knows the password: the holder hears of it at once.
            audit.Record(AuditActor.Account(user.UserName ?? user.Id), "otp.replayed", AuditOutcome.Refused);
            NotifyHolder(user);
            await db.SaveChangesAsync();
        }
        return outcome == OtpCheckOutcome.Accepted;
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<UserAccount> manager, UserAccount user) =>
        verifier.HasActiveResponderAsync(user.Id);

    private void NotifyHolder(UserAccount user)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            return;
        }
        var name = $"{user.Initials} {user.Surname}".Trim();
        outbox.Enqueue(user.Email, name, new OtpReplayNoticeMail
        {
            RecipientName = name.Length > 0 ? name : user.UserName ?? "",
            UserName = user.UserName ?? "",
            AttemptedAtText = DutchDates.FormatWithTime(clock.GetUtcNow().UtcDateTime),
            LoginUrl = issuer.Value.Link("inloggen"),
            HelpdeskPhone = issuer.Value.HelpdeskPhone,
            HelpdeskHours = issuer.Value.HelpdeskHours,
            IssuerName = issuer.Value.Name,
        });
    }
}
