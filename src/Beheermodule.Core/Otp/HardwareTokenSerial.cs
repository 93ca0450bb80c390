namespace Beheermodule.Core.Otp;

/// <summary>
/// One spelling of a token's serial number, so "ab-1234 5" typed at the helpdesk finds "AB-12345" from the vendor's file.
/// </summary>
public static class HardwareTokenSerial
{
    public const int MaxLength = 64;

    /// <summary>Upper case without spaces; null when nothing is left.</summary>
    public static string? Normalise(string? serial)
    {
        var value = new string((serial ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        return value.Length == 0 ? null : value;
    }

    /// <summary>Letters, digits and dashes only, as vendors print them; anything else is a broken file or a typing error.</summary>
    public static bool IsWellFormed(string serial) =>
        serial.Length is > 0 and <= MaxLength && serial.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
