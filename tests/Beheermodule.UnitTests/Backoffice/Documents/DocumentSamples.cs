using System.Text;

namespace Beheermodule.UnitTests.Backoffice.Documents;

/// <summary>Tiny files with real signatures, and things that must never pass for a document.</summary>
internal static class DocumentSamples
{
    public static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    public static readonly byte[] Jpeg =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static readonly byte[] Png =
    [
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A,
        0x00, 0x00, 0x00, 0x0D, (byte)'I', (byte)'H', (byte)'D', (byte)'R', 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4, 0x89,
    ];

    /// <summary>A Windows executable: "MZ", then the DOS stub.</summary>
    public static readonly byte[] WindowsExecutable =
        [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    public static readonly byte[] LinuxExecutable =
        [0x7F, (byte)'E', (byte)'L', (byte)'F', 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

    public static readonly byte[] Text = Encoding.UTF8.GetBytes("Dit is geen document, maar een tekstbestand.\n");

    /// <summary>Readers accept "%PDF-" further in; this store does not.</summary>
    public static readonly byte[] PdfSignatureNotAtStart = Encoding.ASCII.GetBytes("MZ garbage %PDF-1.4\n%%EOF\n");

    public static byte[] PdfOfLength(int length)
    {
        var bytes = new byte[length];
        Pdf.AsSpan(0, Math.Min(Pdf.Length, length)).CopyTo(bytes);
        return bytes;
    }
}
