namespace Beheermodule.Core.Otp;

/// <summary>
/// A personal OTP responder (rule 7): bound to one account, never shared. The seed is stored encrypted; the last
/// accepted TOTP time step, or the next HOTP counter, is kept so a code works once only.
/// </summary>
public sealed class OtpResponder
{
    public int Id { get; set; }
    public string UserAccountId { get; set; } = "";
    public OtpResponderKind Kind { get; set; }
    public OtpResponderStatus Status { get; set; } = OtpResponderStatus.Active;

    /// <summary>What the holder calls it ("Authenticator-app"); a hardware token's serial number.</summary>
    public string Label { get; set; } = "";

    /// <summary>The seed, encrypted with the data-protection key ring (<see cref="OtpSeedProtector"/>).</summary>
    public string ProtectedSeed { get; set; } = "";

    /// <summary>The newest TOTP time step accepted; a code for this step or an earlier one is a replay.</summary>
    public long? LastUsedTimeStep { get; set; }

    /// <summary>A hardware token's serial number, so the helpdesk can say whose it is (rule 7); null for an app.</summary>
    public string? SerialNumber { get; set; }

    /// <summary>An HOTP token's first counter not used yet; a code made with an earlier counter is a replay.</summary>
    public long? HotpCounter { get; set; }

    public DateTime CreatedAt { get; set; }
    public DateTime? LastUsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }
}

public enum OtpResponderKind
{
    AuthenticatorApp,
    HardwareTotp,
    HardwareHotp,
}

public enum OtpResponderStatus
{
    Active,
    Revoked,
}

public static class OtpResponderKindExtensions
{
    public static string DisplayName(this OtpResponderKind kind) => kind switch
    {
        OtpResponderKind.AuthenticatorApp => "Authenticator-app",
        OtpResponderKind.HardwareTotp => "OTP-token (TOTP)",
        OtpResponderKind.HardwareHotp => "OTP-token (HOTP)",
        _ => kind.ToString(),
    };
}

public static class OtpResponderStatusExtensions
{
    /// <summary>The state's name in the UI (domain.md, lifecycles).</summary>
    public static string DisplayName(this OtpResponderStatus status) => status switch
    {
        OtpResponderStatus.Active => "Actief",
        OtpResponderStatus.Revoked => "Ingetrokken",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
