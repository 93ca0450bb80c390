using System.Security.Cryptography;
using Beheermodule.Core.Audit;
using Beheermodule.Core.Data;
using OtpNet;
using QRCoder;

namespace Beheermodule.Core.Otp;

/// <summary>Enrols an authenticator app: a fresh seed shown as QR code and as text, proved by a current code.</summary>
public sealed class AuthenticatorEnrolment(BeheermoduleDbContext db, OtpSeedProtector protector, AuditLog audit, TimeProvider clock)
{
    public sealed record Challenge(string SealedSeed, string KeyText, string QrSvg);

    public Challenge Start(string userAccountId, string userName, string issuerName) =>
        NewChallenge(RandomNumberGenerator.GetBytes(20), userAccountId, userName, issuerName);

    private Challenge NewChallenge(byte[] seed, string userAccountId, string userName, string issuerName) =>
        ChallengeFor(seed, userName, issuerName, protector.SealForEnrolment(seed, userAccountId));

    /// <summary>The same challenge again after a typing error, while its seal is valid; null once expired.</summary>
    public Challenge? Reopen(string userAccountId, string userName, string issuerName, string? sealedSeed) =>
        protector.OpenEnrolment(sealedSeed, userAccountId) is { } seed ? ChallengeFor(seed, userName, issuerName, sealedSeed!) : null;

    /// <summary>The same QR code while its seal holds (the holder has probably scanned it already), otherwise a new one.</summary>
    public Challenge Resume(string userAccountId, string userName, string issuerName, string? sealedSeed) =>
        Reopen(userAccountId, userName, issuerName, sealedSeed) ?? Start(userAccountId, userName, issuerName);

    private static Challenge ChallengeFor(byte[] seed, string userName, string issuerName, string sealedSeed)
    {
        var key = Base32Encoding.ToString(seed).TrimEnd('=');
        var label = Uri.EscapeDataString($"{issuerName}:{userName}");
        var uri = $"otpauth://totp/{label}?secret={key}&issuer={Uri.EscapeDataString(issuerName)}&digits={TotpCode.Digits}&period={TotpCode.StepSeconds}";
        using var data = QRCodeGenerator.GenerateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
        return new Challenge(sealedSeed, FormatKey(key), svg);
    }

    /// <summary>Saves the responder when the code proves the app holds the seed; null when it does not.</summary>
    public async Task<OtpResponder?> CompleteAsync(string userAccountId, string userName, string? sealedSeed, string? code, CancellationToken cancellationToken = default)
    {
        var seed = protector.OpenEnrolment(sealedSeed, userAccountId);
        var now = clock.GetUtcNow();
        var step = seed is null ? null : TotpCode.MatchingStep(seed, code, now);
        if (seed is null || step is null)
        {
            audit.Record(AuditActor.Account(userName), "otp.enrolment", AuditOutcome.Refused, details: "Code klopt niet of de QR-code is verlopen.");
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        var responder = new OtpResponder
        {
            UserAccountId = userAccountId,
            Kind = OtpResponderKind.AuthenticatorApp,
            Label = OtpResponderKind.AuthenticatorApp.DisplayName(),
            ProtectedSeed = protector.Protect(seed),
            LastUsedTimeStep = step,
            CreatedAt = now.UtcDateTime,
            LastUsedAt = now.UtcDateTime,
        };
        db.OtpResponders.Add(responder);
        audit.Record(AuditActor.Account(userName), "otp.enrolled", details: responder.Label);
        await db.SaveChangesAsync(cancellationToken);
        return responder;
    }

    private static string FormatKey(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - i * 4))));
}
