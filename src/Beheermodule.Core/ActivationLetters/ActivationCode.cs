namespace Beheermodule.Core.ActivationLetters;

/// <summary>Aanmeldcode: only its keyed hash is stored. Valid for a fixed time from printing (rule 4).</summary>
public sealed class ActivationCode
{
    public int Id { get; set; }
    public int MeansId { get; set; }
    public int? ActivationLetterId { get; set; }

    /// <summary>HMAC-SHA256 of the canonical code under ActivationCodes:HashKey.</summary>
    public string CodeHash { get; set; } = "";

    public ActivationCodeStatus Status { get; set; } = ActivationCodeStatus.Issued;
    public DateTime IssuedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public DateTime? RevokedAt { get; set; }

    /// <summary>When the legal representatives were told the code expires soon, so the daily job tells them once.</summary>
    public DateTime? ExpiryWarningSentAt { get; set; }

    /// <summary>
    /// The state at <paramref name="now"/>: an issued code stops working at its expiry moment, whether or not
    /// anything has marked it expired yet.
    /// </summary>
    public ActivationCodeStatus StatusAt(DateTime now) =>
        Status == ActivationCodeStatus.Issued && now >= ExpiresAt ? ActivationCodeStatus.Expired : Status;
}

public enum ActivationCodeStatus
{
    Issued = 10,
    Used = 20,
    Expired = 30,
    Revoked = 40,
}
