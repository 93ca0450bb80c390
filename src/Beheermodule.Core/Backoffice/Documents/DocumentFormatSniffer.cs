namespace Beheermodule.Core.Backoffice.Documents;

/// <summary>
/// Recognises a document by its first bytes. The file name and the Content-Type header come from the uploader's
/// machine and prove nothing, so they are never asked.
/// </summary>
public static class DocumentFormatSniffer
{
    /// <summary>Bytes needed to recognise every format (the PNG signature is the longest).</summary>
    public const int HeaderLength = 8;

    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;
    private static ReadOnlySpan<byte> JpegSignature => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// The format whose signature starts the content, or null. Strict: the signature must sit at offset 0, although
    /// PDF readers accept "%PDF-" further in; that leniency would let a file be a PDF and something else at once.
    /// </summary>
    public static DocumentFormat? Sniff(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(PdfSignature))
        {
            return DocumentFormat.Pdf;
        }
        if (header.StartsWith(JpegSignature))
        {
            return DocumentFormat.Jpeg;
        }
        if (header.StartsWith(PngSignature))
        {
            return DocumentFormat.Png;
        }
        return null;
    }
}
