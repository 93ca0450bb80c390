namespace Beheermodule.Core.Backoffice.Documents;

/// <summary>The only kinds of file the helpdesk may upload: the signed contract and copies of ID documents.</summary>
public enum DocumentFormat
{
    Pdf,
    Jpeg,
    Png,
}

public static class DocumentFormats
{
    /// <summary>The Content-Type to serve the stored file with; taken from the sniffed format, never from the upload.</summary>
    public static string ContentType(this DocumentFormat format) => format switch
    {
        DocumentFormat.Pdf => "application/pdf",
        DocumentFormat.Jpeg => "image/jpeg",
        DocumentFormat.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The extension of the stored name, with its dot.</summary>
    public static string FileExtension(this DocumentFormat format) => format switch
    {
        DocumentFormat.Pdf => ".pdf",
        DocumentFormat.Jpeg => ".jpg",
        DocumentFormat.Png => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
