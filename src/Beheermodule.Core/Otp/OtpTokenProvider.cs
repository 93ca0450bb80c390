using Beheermodule.Core.Accounts;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using Microsoft.AspNetCore.Identity;

namespace Beheermodule.Core.Otp;

/// <summary>
/// Plugs personal OTP responders into Identity's second step, so failed codes count towards the same lockout as
/// failed passwords. Codes come from the responder, never from the server.
/// </summary>
public sealed class OtpTokenProvider(OtpVerifier verifier, AuditLog audit, BeheermoduleDbContext db) : IUserTwoFactorTokenProvider<UserAccount>
{
    public const string Name = "OtpResponder";

    public Task<string> GenerateAsync(string purpose, UserManager<UserAccount> manager, UserAccount user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<UserAccount> manager, UserAccount user)
    {
        var outcome = await verifier.CheckAsync(user.Id, token);
        if (outcome == OtpCheckOutcome.Replayed)
        {
            // Someone may have watched the code being typed: the holder learns of it from the audit trail.
            audit.Record(AuditActor.Account(user.UserName ?? user.Id), "otp.replayed", AuditOutcome.Refused);
            await db.SaveChangesAsync();
        }
        return outcome == OtpCheckOutcome.Accepted;
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<UserAccount> manager, UserAccount user) =>
        verifier.HasActiveResponderAsync(user.Id);
}
