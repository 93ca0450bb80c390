using System.Globalization;

namespace Beheermodule.Core.Backoffice.Documents;

/// <summary>The Dutch texts the upload page shows beside the field when a document is refused.</summary>
public static class DocumentMessages
{
    public const string Empty = "Het bestand is leeg.";
    public const string UnsupportedFormat = "Alleen PDF, JPEG of PNG is toegestaan.";

    /// <summary>The limit is a setting, so the text names the configured size ("Het bestand is groter dan 10 MB.").</summary>
    public static string TooLarge(int maxBytes) => $"Het bestand is groter dan {Size(maxBytes)}.";

    public static string For(DocumentRejection rejection, int maxBytes) => rejection switch
    {
        DocumentRejection.Empty => Empty,
        DocumentRejection.TooLarge => TooLarge(maxBytes),
        DocumentRejection.UnsupportedFormat => UnsupportedFormat,
        _ => throw new ArgumentOutOfRangeException(nameof(rejection), rejection, null),
    };

    private static string Size(int bytes)
    {
        const int kilobyte = 1024;
        const int megabyte = 1024 * kilobyte;
        if (bytes % megabyte == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{bytes / megabyte} MB");
        }
        if (bytes % kilobyte == 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{bytes / kilobyte} kB");
        }
        return string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes");
    }
}
