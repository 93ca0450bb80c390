namespace Beheermodule.Core.Otp;

/// <summary>
/// A hardware OTP token in stock, imported from the vendor's file. Its seed is stored encrypted; once a holder enrols
/// it, it points at the personal <see cref="OtpResponder"/> it became and can never be enrolled again.
/// </summary>
public sealed class HardwareToken
{
    public int Id { get; set; }

    /// <summary>Printed on the token; unique, kept in the form <see cref="HardwareTokenSerial.Normalise"/> gives.</summary>
    public string SerialNumber { get; set; } = "";

    /// <summary><see cref="OtpResponderKind.HardwareTotp"/> or <see cref="OtpResponderKind.HardwareHotp"/>.</summary>
    public OtpResponderKind Kind { get; set; }

    /// <summary>The seed, encrypted with the data-protection key ring (<see cref="OtpSeedProtector"/>).</summary>
    public string ProtectedSeed { get; set; } = "";

    public DateTime ImportedAt { get; set; }
    public string ImportedBy { get; set; } = "";

    /// <summary>The responder it became; null while in stock. A concurrency token: two enrolments at once, one wins.</summary>
    public int? OtpResponderId { get; set; }
    public OtpResponder? OtpResponder { get; set; }

    public DateTime? EnrolledAt { get; set; }

    public bool InStock => OtpResponderId is null;
}
