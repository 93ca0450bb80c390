using System.Text;
using Beheermodule.Core.Backoffice.Documents;

namespace Beheermodule.UnitTests.Backoffice.Documents;

public sealed class DocumentFormatSnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D }, DocumentFormat.Pdf)]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37 }, DocumentFormat.Pdf)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF }, DocumentFormat.Jpeg)]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x18, 0x45, 0x78 }, DocumentFormat.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, DocumentFormat.Png)]
    public void Signature_IsRecognised(byte[] header, DocumentFormat format) =>
        Assert.Equal(format, DocumentFormatSniffer.Sniff(header));

    [Theory]
    [InlineData(new byte[] { })]
    [InlineData(new byte[] { 0x4D, 0x5A, 0x90, 0x00 })]
    [InlineData(new byte[] { 0x7F, 0x45, 0x4C, 0x46 })]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46 })]
    [InlineData(new byte[] { 0x25, 0x70, 0x64, 0x66, 0x2D })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFE })]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x00 })]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    public void OtherContent_IsNotRecognised(byte[] header) =>
        Assert.Null(DocumentFormatSniffer.Sniff(header));

    [Fact]
    public void PdfSignature_CountsOnlyAtTheStart() =>
        Assert.Null(DocumentFormatSniffer.Sniff(Encoding.ASCII.GetBytes(" %PDF-1.4")));

    [Fact]
    public void HeaderLength_CoversTheLongestSignature() =>
        Assert.Equal(DocumentFormat.Png, DocumentFormatSniffer.Sniff(DocumentSamples.Png.AsSpan(0, DocumentFormatSniffer.HeaderLength)));

    [Theory]
    [InlineData(DocumentFormat.Pdf, "application/pdf", ".pdf")]
    [InlineData(DocumentFormat.Jpeg, "image/jpeg", ".jpg")]
    [InlineData(DocumentFormat.Png, "image/png", ".png")]
    public void Format_HasItsContentTypeAndExtension(DocumentFormat format, string contentType, string extension)
    {
        Assert.Equal(contentType, format.ContentType());
        Assert.Equal(extension, format.FileExtension());
    }
}
